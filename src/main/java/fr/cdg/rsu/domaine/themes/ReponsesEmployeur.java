package fr.cdg.rsu.domaine.themes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Les réponses d'un employeur pour l'année (fichier {@code employeur-rsu}) : personnels
 * de prévention, dépenses, documents et démarches, instances, dialogue social,
 * organisation, action sociale. Une rubrique absente des tables n'est pas renseignée
 * (cellule vide ou colonne absente) : les documents disent « non renseigné ».
 *
 * @param nombres rubriques {@link RubriqueEmployeur.Nature#NOMBRE}, {@code DECIMAL} et
 * {@code MONTANT}
 * @param ouiNon rubriques {@link RubriqueEmployeur.Nature#OUI_NON}
 * @param codes rubriques {@link RubriqueEmployeur.Nature#CODE} (un code) et
 * {@code CODES_MULTIPLES}
 * @param duerpDateMaj date de la dernière mise à jour du document unique, ou {@code null}
 */
public record ReponsesEmployeur(String siret, int annee, Map<RubriqueEmployeur, BigDecimal> nombres,
		Map<RubriqueEmployeur, Boolean> ouiNon, Map<RubriqueEmployeur, Set<String>> codes,
		@Nullable LocalDate duerpDateMaj) implements EnregistrementFacultatif {

	public ReponsesEmployeur {
		Objects.requireNonNull(siret, "siret");
		nombres = copie(nombres);
		ouiNon = copie(ouiNon);
		Map<RubriqueEmployeur, Set<String>> c = new EnumMap<>(RubriqueEmployeur.class);
		codes.forEach((k, v) -> c.put(k, Set.copyOf(v)));
		codes = java.util.Collections.unmodifiableMap(c);
	}

	private static <V> Map<RubriqueEmployeur, V> copie(Map<RubriqueEmployeur, V> m) {
		Map<RubriqueEmployeur, V> c = new EnumMap<>(RubriqueEmployeur.class);
		c.putAll(m);
		return java.util.Collections.unmodifiableMap(c);
	}

	/** Vrai si la rubrique a une réponse. */
	public boolean renseignee(RubriqueEmployeur r) {
		return nombres.containsKey(r) || ouiNon.containsKey(r) || codes.containsKey(r)
				|| (r == RubriqueEmployeur.DUERP_DATE_MAJ && duerpDateMaj != null);
	}

}
