package fr.cdg.rsu.indicateurs.comparaison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.cdg.rsu.domaine.TypeCollectivite;
import fr.cdg.rsu.indicateurs.Indicateur;
import org.jspecify.annotations.Nullable;

/**
 * Les valeurs de comparaison d'une campagne : pour chaque strate (et pour l'ensemble des
 * employeurs), chaque indicateur phare en rapport poolé Σ numérateurs / Σ dénominateurs,
 * avec le nombre d'employeurs et la médiane de leurs taux. Une valeur de strate n'est
 * publiable qu'à partir de {@link #EMPLOYEURS_MINIMUM} employeurs ; seuls comptent ceux
 * dont la valeur est publiée (non secrète).
 */
public final class Comparaisons {

	public static final int EMPLOYEURS_MINIMUM = 5;

	/** Libellé de la « strate » qui réunit tous les employeurs de la campagne. */
	public static final String ENSEMBLE = "ensemble des employeurs";

	private Comparaisons() {
	}

	/**
	 * Un employeur vu par la comparaison : son type, son effectif au 31/12 (tous statuts)
	 * et ses lignes phares.
	 */
	public record Employeur(String siret, TypeCollectivite type, long effectif,
			Map<IndicateurPhare, Indicateur> phares) {

		/** Garde les lignes phares parmi toutes les lignes d'ensemble d'un employeur. */
		public static Employeur de(String siret, TypeCollectivite type, long effectif, List<Indicateur> lignes) {
			Map<IndicateurPhare, Indicateur> phares = new EnumMap<>(IndicateurPhare.class);
			for (Indicateur l : lignes) {
				for (IndicateurPhare p : IndicateurPhare.values()) {
					if (p.designe(l)) {
						phares.put(p, l);
					}
				}
			}
			return new Employeur(siret, type, effectif, phares);
		}

	}

	/**
	 * La valeur d'une strate pour un indicateur.
	 *
	 * @param valeur rapport poolé, ou {@code null} si le dénominateur poolé est nul
	 * @param mediane médiane des valeurs des employeurs, ou {@code null} s'il n'y en a
	 * aucune
	 */
	public record ValeurStrate(String strate, IndicateurPhare indicateur, int employeurs, BigDecimal numerateur,
			BigDecimal denominateur, @Nullable BigDecimal valeur, @Nullable BigDecimal mediane) {

		public boolean publiable() {
			return employeurs >= EMPLOYEURS_MINIMUM;
		}

	}

	/** Le résultat : la strate de chaque employeur et les valeurs de chaque strate. */
	public record Resultat(Map<String, String> strateParSiret, List<ValeurStrate> valeurs) {

		public @Nullable ValeurStrate valeur(String strate, IndicateurPhare indicateur) {
			for (ValeurStrate v : valeurs) {
				if (v.strate().equals(strate) && v.indicateur() == indicateur) {
					return v;
				}
			}
			return null;
		}

	}

	public static Resultat calculer(List<Employeur> employeurs, Strates strates) {
		Map<String, String> strateParSiret = new LinkedHashMap<>();
		Map<String, List<Employeur>> parStrate = new TreeMap<>();
		for (Employeur e : employeurs) {
			String strate = strates.strate(e.type(), e.effectif());
			strateParSiret.put(e.siret(), strate);
			parStrate.computeIfAbsent(strate, s -> new ArrayList<>()).add(e);
		}
		parStrate.put(ENSEMBLE, employeurs);
		List<ValeurStrate> valeurs = new ArrayList<>();
		for (var entree : parStrate.entrySet()) {
			for (IndicateurPhare p : IndicateurPhare.values()) {
				valeurs.add(valeur(entree.getKey(), p, entree.getValue()));
			}
		}
		return new Resultat(strateParSiret, valeurs);
	}

	private static ValeurStrate valeur(String strate, IndicateurPhare p, List<Employeur> employeurs) {
		BigDecimal numerateur = BigDecimal.ZERO;
		BigDecimal denominateur = BigDecimal.ZERO;
		List<BigDecimal> taux = new ArrayList<>();
		int pooles = 0;
		for (Employeur e : employeurs) {
			Indicateur l = e.phares().get(p);
			// une valeur secrète n'entre pas dans la strate : les valeurs publiées des
			// autres employeurs la
			// redonneraient par différence
			if (l == null || l.secret() || l.numerateur() == null || l.denominateur() == null) {
				continue;
			}
			pooles++;
			numerateur = numerateur.add(l.numerateur());
			denominateur = denominateur.add(l.denominateur());
			if (l.valeur() != null) {
				taux.add(l.valeur());
			}
		}
		BigDecimal quotient = Indicateur.quotient(numerateur.multiply(p.facteur()), denominateur);
		return new ValeurStrate(strate, p, pooles, numerateur, denominateur, quotient, mediane(taux));
	}

	static @Nullable BigDecimal mediane(List<BigDecimal> valeurs) {
		if (valeurs.isEmpty()) {
			return null;
		}
		List<BigDecimal> tri = valeurs.stream().sorted().toList();
		int milieu = tri.size() / 2;
		if (tri.size() % 2 == 1) {
			return tri.get(milieu);
		}
		return Indicateur.quotient(tri.get(milieu - 1).add(tri.get(milieu)), BigDecimal.valueOf(2));
	}

}
