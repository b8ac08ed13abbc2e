package fr.cdg.rsu.lecture;

import java.io.IOException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Un tableau d'entrée à lire : un fichier CSV, ou une feuille d'un classeur.
 *
 * @param nom chemin relatif au dossier d'entrée (et {@code #feuille} pour un classeur),
 * tel qu'il apparaît dans les rejets et le rapport
 * @param feuille feuille du classeur, ou {@code null} pour un CSV ou la première feuille
 * @param siretParDefaut employeur des lignes sans SIRET (dossier d'un seul employeur, ou
 * option {@code --siret})
 */
public record FichierEntree(Path chemin, String nom, TypeFichier type, @Nullable String feuille, ProfilMapping profil,
		@Nullable String siretParDefaut) {

	public boolean estClasseur() {
		return chemin.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
	}

	public SourceTabulaire ouvrir() throws IOException {
		return estClasseur() ? SourceXlsx.ouvrir(chemin, feuille) : SourceCsv.ouvrir(chemin);
	}

}
