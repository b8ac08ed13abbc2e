package fr.cdg.rsu.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.indicateurs.Indicateur;
import fr.cdg.rsu.indicateurs.comparaison.LignesDeComparaison;
import fr.cdg.rsu.rapport.GenerateurDocuments;
import fr.cdg.rsu.sortie.IndicateursCsv;
import fr.cdg.rsu.stockage.DepotCampagne;

/**
 * Les documents d'un employeur : ses indicateurs relus de son {@code indicateurs.csv}
 * publiable (cellules secrètes vides), avec la base d'agents des cellules relue du
 * tableau complet, puis les synthèses PDF et le classeur.
 */
class DocumentsEmployeur implements TraitementEmployeur {

	static final String ETAPE = "documents";

	private final DepotCampagne depot;

	private final ParametresCampagne parametres;

	private final GenerateurDocuments generateur;

	DocumentsEmployeur(DepotCampagne depot, ParametresCampagne parametres, GenerateurDocuments generateur) {
		this.depot = depot;
		this.parametres = parametres;
		this.generateur = generateur;
	}

	@Override
	public String traiter(long campagne, String siret) throws IOException {
		var employeur = depot.employeur(campagne, siret);
		if (employeur == null) {
			throw new IllegalStateException("employeur non calculé");
		}
		Path dossier = parametres.dossierAnnee().resolve(siret);
		// les lignes publiables (rien de masqué), avec la base d'agents de chaque
		// cellule, relue du tableau complet
		List<Indicateur> lignes = new ArrayList<>(
				IndicateursCsv.lirePubliablesAvecBases(dossier.resolve(CalculEmployeur.INDICATEURS_PUBLIABLES),
						CalculEmployeur.indicateursComplets(parametres.dossierAnnee(), siret)));
		String strate = employeur.strate() == null ? "" : employeur.strate();
		lignes.addAll(LignesDeComparaison.construire(lignes,
				strate.isEmpty() ? List.of() : depot.valeursStrate(campagne, strate),
				depot.indicateursPhares(parametres.annee() - 1, siret)));
		generateur.ecrire(employeur.collectivite(), parametres.annee(), lignes, dossier, parametres.datePublication(),
				strate, parametres.seuilSecret());
		return generateur.fichiers().size() + " documents";
	}

}
