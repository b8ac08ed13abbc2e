package fr.cdg.rsu.lecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import org.jspecify.annotations.Nullable;

/**
 * Les fichiers que chaque export transmet. Un fichier absent n'est pas un fichier vide :
 * sans fichier absences, un employeur n'a pas « 0 % d'absentéisme », ses absences ne sont
 * pas connues. Un export est un dossier qui contient un fichier agents (la racine ou un
 * sous-dossier) ; un fichier de la racine vaut pour tous les exports.
 *
 * @param collectivites vrai si un fichier collectivites existe quelque part (sinon les
 * employeurs n'ont ni nom ni type, sauf un employeur unique décrit par
 * {@code --siret --nom})
 * @param sansAbsences exports (dossiers relatifs, {@code ""} pour la racine) sans fichier
 * absences
 * @param sansRemunerations exports sans fichier remunerations
 * @param facultatifs pour chaque fichier facultatif ({@code input-themes.md}), les
 * dossiers qui l'ont ({@code ""} pour la racine, qui vaut pour tous les exports) ; un
 * fichier facultatif qu'aucun dossier n'a n'y figure pas
 */
public record FichiersTransmis(boolean collectivites, Set<String> sansAbsences, Set<String> sansRemunerations,
		Map<FichierFacultatif, Set<String>> facultatifs) {

	public FichiersTransmis {
		sansAbsences = Set.copyOf(sansAbsences);
		sansRemunerations = Set.copyOf(sansRemunerations);
		Map<FichierFacultatif, Set<String>> f = new java.util.EnumMap<>(FichierFacultatif.class);
		facultatifs.forEach((k, v) -> f.put(k, Set.copyOf(v)));
		facultatifs = java.util.Collections.unmodifiableMap(f);
	}

	public FichiersTransmis(boolean collectivites, Set<String> sansAbsences, Set<String> sansRemunerations) {
		this(collectivites, sansAbsences, sansRemunerations, Map.of());
	}

	/**
	 * Tout est transmis : ce que supposent les lancements qui n'ont pas d'inventaire
	 * (anciennes campagnes). Les fichiers facultatifs, eux, n'y sont pas : ils
	 * n'existaient pas.
	 */
	public static final FichiersTransmis TOUT = new FichiersTransmis(true, Set.of(), Set.of());

	public static FichiersTransmis depuis(List<FichierEntree> fichiers) {
		Map<String, Set<TypeFichier>> parDossier = new LinkedHashMap<>();
		for (FichierEntree f : fichiers) {
			parDossier.computeIfAbsent(dossier(f.nom()), d -> new TreeSet<>()).add(f.type());
		}
		Set<TypeFichier> racine = parDossier.getOrDefault("", Set.of());
		boolean collectivites = fichiers.stream().anyMatch(f -> f.type() == TypeFichier.COLLECTIVITES);
		Set<String> sansAbsences = new TreeSet<>();
		Set<String> sansRemunerations = new TreeSet<>();
		parDossier.forEach((dossier, types) -> {
			if (types.contains(TypeFichier.AGENTS)) {
				if (!types.contains(TypeFichier.ABSENCES) && !racine.contains(TypeFichier.ABSENCES)) {
					sansAbsences.add(dossier);
				}
				if (!types.contains(TypeFichier.REMUNERATIONS) && !racine.contains(TypeFichier.REMUNERATIONS)) {
					sansRemunerations.add(dossier);
				}
			}
		});
		Map<FichierFacultatif, Set<String>> facultatifs = new java.util.EnumMap<>(FichierFacultatif.class);
		parDossier.forEach((dossier, types) -> {
			for (TypeFichier t : types) {
				if (t.facultatif() != null) {
					facultatifs.computeIfAbsent(t.facultatif(), k -> new TreeSet<>()).add(dossier);
				}
			}
		});
		return new FichiersTransmis(collectivites, sansAbsences, sansRemunerations, facultatifs);
	}

	/**
	 * Les fichiers facultatifs que transmet l'export d'un employeur : ceux de son dossier
	 * et ceux de la racine.
	 * @param fichierAgents nom relatif du fichier agents de l'employeur
	 */
	public Set<FichierFacultatif> facultatifsTransmis(String fichierAgents) {
		String d = dossier(fichierAgents);
		Set<FichierFacultatif> r = java.util.EnumSet.noneOf(FichierFacultatif.class);
		facultatifs.forEach((f, dossiers) -> {
			if (dossiers.contains(d) || dossiers.contains("")) {
				r.add(f);
			}
		});
		return r;
	}

	/**
	 * @param fichierAgents nom relatif du fichier agents d'un employeur
	 * ({@code ccas/agents.csv}, {@code x.xlsx#agents})
	 */
	public boolean absencesTransmises(String fichierAgents) {
		return !sansAbsences.contains(dossier(fichierAgents));
	}

	public boolean remunerationsTransmises(String fichierAgents) {
		return !sansRemunerations.contains(dossier(fichierAgents));
	}

	/** Une phrase par manque, pour l'écran et le rapport d'exécution. */
	public List<String> phrases(@Nullable String siretUnique) {
		List<String> p = new ArrayList<>();
		if (!collectivites) {
			p.add("aucun fichier collectivites : " + (siretUnique == null
					? "les employeurs n'ont ni nom ni type "
							+ "(documents titrés « Employeur <SIRET> », sans strate de comparaison)"
					: "l'employeur est décrit par --siret, --nom et --type"));
		}
		for (String d : sansAbsences) {
			p.add("aucun fichier absences " + ou(d) + " : ses employeurs n'ont ni absentéisme ni accidents "
					+ "(les documents disent « non transmis », jamais 0 %)");
		}
		for (String d : sansRemunerations) {
			p.add("aucun fichier remunerations " + ou(d) + " : ses employeurs n'ont pas d'indicateurs de "
					+ "rémunération (« non transmis »)");
		}
		return p;
	}

	private static String ou(String dossier) {
		return dossier.isEmpty() ? "à la racine de l'entrée" : "dans " + dossier + "/ ni à la racine";
	}

	/**
	 * Une ligne par champ, pour le contexte d'exécution de la campagne (il survit à une
	 * reprise) ; les fichiers facultatifs en quatrième ligne,
	 * {@code accidents=/|/ccas;formations=/ccas}.
	 */
	public String versTexte() {
		List<String> f = new ArrayList<>();
		facultatifs.forEach((k, v) -> f.add(k.name() + "=" + texte(v)));
		return collectivites + "\n" + texte(sansAbsences) + "\n" + texte(sansRemunerations) + "\n"
				+ String.join(";", f);
	}

	/**
	 * Relit {@link #versTexte()} ; le texte d'une campagne d'avant les fichiers
	 * facultatifs n'a que trois lignes.
	 */
	public static FichiersTransmis depuisTexte(@Nullable String texte) {
		if (texte == null || texte.isEmpty()) {
			return TOUT;
		}
		String[] l = texte.split("\n", -1);
		Map<FichierFacultatif, Set<String>> facultatifs = new java.util.EnumMap<>(FichierFacultatif.class);
		if (l.length > 3 && !l[3].isEmpty()) {
			for (String e : l[3].split(";")) {
				int egal = e.indexOf('=');
				facultatifs.put(FichierFacultatif.valueOf(e.substring(0, egal)), ensemble(e.substring(egal + 1)));
			}
		}
		return new FichiersTransmis(Boolean.parseBoolean(l[0]), ensemble(l[1]), ensemble(l[2]), facultatifs);
	}

	/** Chaque dossier précédé de « / » : la racine, dossier vide, s'écrit « / ». */
	private static String texte(Set<String> dossiers) {
		return String.join("|", dossiers.stream().map(d -> "/" + d).toList());
	}

	private static Set<String> ensemble(String s) {
		Set<String> r = new TreeSet<>();
		if (!s.isEmpty()) {
			for (String d : s.split("\\|")) {
				r.add(d.substring(1));
			}
		}
		return r;
	}

	private static String dossier(String nom) {
		String fichier = nom.contains("#") ? nom.substring(0, nom.indexOf('#')) : nom;
		int barre = Math.max(fichier.lastIndexOf('/'), fichier.lastIndexOf('\\'));
		return barre < 0 ? "" : fichier.substring(0, barre);
	}

}
