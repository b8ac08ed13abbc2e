package fr.cdg.rsu.indicateurs.comparaison;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.domaine.TypeCollectivite;

/**
 * Les strates de taille : par famille d'employeurs, les bornes basses des tranches
 * d'effectif au 31/12 (tous statuts). Les bornes par défaut sont celles des observatoires
 * ; un CDG peut en donner d'autres (fichier de configuration), sans recompiler.
 *
 * @param bornes par famille, les effectifs où commence chaque tranche après la première
 * (liste vide : une seule tranche)
 */
public record Strates(Map<Famille, List<Integer>> bornes) {

	/** Les familles d'employeurs comparables. */
	public enum Famille {

		COMMUNE("communes"), EPCI("EPCI"), ETABLISSEMENT("CCAS, CIAS et autres établissements"),
		DEPARTEMENT("départements"), REGION("régions");

		private final String libelle;

		Famille(String libelle) {
			this.libelle = libelle;
		}

		public String libelle() {
			return libelle;
		}

		public static Famille de(TypeCollectivite type) {
			return switch (type) {
				case COMMUNE -> COMMUNE;
				case EPCI -> EPCI;
				case DEPARTEMENT -> DEPARTEMENT;
				case REGION -> REGION;
				case CCAS, SDIS, SYNDICAT, AUTRE -> ETABLISSEMENT;
			};
		}

	}

	public Strates {
		Map<Famille, List<Integer>> copie = new EnumMap<>(Famille.class);
		for (Famille f : Famille.values()) {
			List<Integer> b = List.copyOf(bornes.getOrDefault(f, List.of()));
			for (int i = 1; i < b.size(); i++) {
				if (b.get(i) <= b.get(i - 1)) {
					throw new IllegalArgumentException(
							"bornes de strate non croissantes pour " + f.libelle() + " : " + b);
				}
			}
			copie.put(f, b);
		}
		bornes = copie;
	}

	/**
	 * communes < 10, 10-19, 20-49, 50-99, 100-349, ≥ 350 ; EPCI < 20, 20-49, 50-349,
	 * 350-999, ≥ 1000 ; etc.
	 */
	public static Strates parDefaut() {
		return new Strates(Map.of(Famille.COMMUNE, List.of(10, 20, 50, 100, 350), Famille.EPCI,
				List.of(20, 50, 350, 1000), Famille.ETABLISSEMENT, List.of(10, 50), Famille.DEPARTEMENT, List.of(),
				Famille.REGION, List.of()));
	}

	/**
	 * Libellé de la strate d'un employeur, par exemple « communes de 100 à 349 agents ».
	 */
	public String strate(TypeCollectivite type, long effectif) {
		Famille famille = Famille.de(type);
		List<Integer> b = bornes.getOrDefault(famille, List.of());
		if (b.isEmpty()) {
			return famille.libelle();
		}
		if (effectif < b.get(0)) {
			return famille.libelle() + " de moins de " + b.get(0) + " agents";
		}
		for (int i = 1; i < b.size(); i++) {
			if (effectif < b.get(i)) {
				return famille.libelle() + " de " + b.get(i - 1) + " à " + (b.get(i) - 1) + " agents";
			}
		}
		return famille.libelle() + " de " + b.get(b.size() - 1) + " agents et plus";
	}

}
