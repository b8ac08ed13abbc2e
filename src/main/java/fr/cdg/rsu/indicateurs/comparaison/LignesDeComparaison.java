package fr.cdg.rsu.indicateurs.comparaison;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.indicateurs.Indicateur;
import org.jspecify.annotations.Nullable;

/**
 * Les valeurs de comparaison d'un employeur mises au format long, pour les documents :
 * pour chaque indicateur phare, des lignes de dimension {@value #DIMENSION} et de
 * modalité {@code strate}, {@code strate_mediane}, {@code annee_precedente} et
 * {@code evolution} (écart N − N-1, en points pour un taux). Une valeur de strate de
 * moins de 5 employeurs reste vide ; une valeur N-1 secrète le reste, et l'évolution qui
 * en dépend aussi.
 */
public final class LignesDeComparaison {

	public static final String DIMENSION = "comparaison";

	private LignesDeComparaison() {
	}

	/**
	 * @param employeur les lignes de l'année de l'employeur
	 * @param strate les valeurs de sa strate (vide si inconnue)
	 * @param anneePrecedente ses lignes d'ensemble de l'année précédente (vide si elle
	 * n'a pas été traitée)
	 */
	public static List<Indicateur> construire(List<Indicateur> employeur, List<Comparaisons.ValeurStrate> strate,
			List<Indicateur> anneePrecedente) {
		Map<IndicateurPhare, Indicateur> maintenant = phares(employeur);
		Map<IndicateurPhare, Indicateur> avant = phares(anneePrecedente);
		Map<IndicateurPhare, Comparaisons.ValeurStrate> parPhare = new EnumMap<>(IndicateurPhare.class);
		strate.forEach(v -> parPhare.put(v.indicateur(), v));
		List<Indicateur> lignes = new ArrayList<>();
		for (IndicateurPhare p : IndicateurPhare.values()) {
			Comparaisons.ValeurStrate v = parPhare.get(p);
			Comparaisons.ValeurStrate publiee = v != null && v.publiable() ? v : null;
			lignes.add(ligne(p, "strate", v == null ? null : v.numerateur(), v == null ? null : v.denominateur(),
					publiee != null ? publiee.valeur() : null, v == null ? 0 : v.employeurs(), false));
			lignes.add(ligne(p, "strate_mediane", null, null, publiee != null ? publiee.mediane() : null,
					v == null ? 0 : v.employeurs(), false));
			Indicateur n1 = avant.get(p);
			lignes.add(ligne(p, "annee_precedente", n1 == null ? null : n1.numerateur(),
					n1 == null ? null : n1.denominateur(), n1 == null ? null : n1.valeur(), 0,
					n1 != null && n1.secret()));
			Indicateur n = maintenant.get(p);
			boolean secret = (n != null && n.secret()) || (n1 != null && n1.secret());
			var evolution = n == null || n1 == null || n.valeur() == null || n1.valeur() == null ? null
					: n.valeur().subtract(n1.valeur());
			lignes.add(ligne(p, "evolution", null, null, evolution, 0, secret));
		}
		return lignes;
	}

	private static Map<IndicateurPhare, Indicateur> phares(List<Indicateur> lignes) {
		Map<IndicateurPhare, Indicateur> r = new EnumMap<>(IndicateurPhare.class);
		for (Indicateur l : lignes) {
			if (Indicateur.ENSEMBLE.equals(l.dimension())) {
				for (IndicateurPhare p : IndicateurPhare.values()) {
					if (p.designe(l)) {
						r.put(p, l);
					}
				}
			}
		}
		return r;
	}

	private static Indicateur ligne(IndicateurPhare p, String modalite, java.math.@Nullable BigDecimal numerateur,
			java.math.@Nullable BigDecimal denominateur, java.math.@Nullable BigDecimal valeur, int base,
			boolean secret) {
		return new Indicateur(p.theme(), p.indicateur(), p.population(), p.groupe(), DIMENSION, modalite, numerateur,
				denominateur, valeur, base, secret);
	}

}
