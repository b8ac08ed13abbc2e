package fr.cdg.rsu.lecture;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Ce que couvrent les données lues : les débuts d'absence année par année, les entrées et
 * sorties des agents. Un export RH de l'année N contient les absences qui commencent en N
 * (et quelques reliquats de N − 1) ; lancé sur une autre année, le calcul donnait des
 * documents faux sans le dire (2030 sur les exports 2024 : des agents sans date de sortie
 * et des absences sans date de fin, 1,52 % d'absentéisme).
 *
 * <p>
 * <b>La règle.</b> L'année est couverte si des absences y commencent, au moins le quart
 * de celles de l'année qui en compte le plus : un export pluriannuel couvre chacune de
 * ses années, un export 2024 ne couvre pas 2023 (seuls ses reliquats y commencent). Avec
 * moins de {@value #MINIMUM_POUR_JUGER} absences dans l'année la plus fournie, les
 * absences ne disent rien (une commune de 8 agents dont le seul arrêt est un CLD commencé
 * l'an passé) : l'année est réputée couverte ; les agents, eux, sont déjà écartés un à un
 * quand ils n'ont pas été employés dans l'année.
 *
 * @param debutsParAnnee nombre d'absences lues par année de début
 */
public record CouvertureAnnee(Map<Integer, Long> debutsParAnnee, @Nullable LocalDate premierDebut,
		@Nullable LocalDate dernierDebut, long agents, @Nullable LocalDate premiereEntree,
		@Nullable LocalDate derniereEntree, @Nullable LocalDate derniereSortie) {

	/**
	 * Part, dans l'année la plus fournie, des absences qui doivent commencer dans l'année
	 * demandée.
	 */
	public static final double PART_MINIMUM = 0.25;

	/** En dessous (absences de l'année la plus fournie), on ne juge pas. */
	public static final int MINIMUM_POUR_JUGER = 10;

	private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public CouvertureAnnee {
		debutsParAnnee = Map.copyOf(debutsParAnnee);
	}

	public boolean couvre(int annee) {
		return couvre(debutsParAnnee, annee);
	}

	/**
	 * La règle, sur les seuls débuts d'absence par année (un employeur, une campagne).
	 */
	public static boolean couvre(Map<Integer, Long> debutsParAnnee, int annee) {
		long plus = debutsParAnnee.values().stream().mapToLong(Long::longValue).max().orElse(0);
		return plus < MINIMUM_POUR_JUGER || debutsParAnnee.getOrDefault(annee, 0L) >= PART_MINIMUM * plus;
	}

	/**
	 * Ce que couvrent les données, en une phrase : les dates des absences, puis des
	 * entrées et sorties.
	 */
	public String decrire(int annee) {
		StringBuilder sb = new StringBuilder();
		sb.append("les absences lues commencent du ")
			.append(date(premierDebut))
			.append(" au ")
			.append(date(dernierDebut))
			.append(" (");
		sb.append(new TreeMap<>(debutsParAnnee).entrySet()
			.stream()
			.map(e -> e.getKey() + " : " + String.format(java.util.Locale.FRANCE, "%,d", e.getValue()))
			.collect(Collectors.joining(", ")));
		if (!debutsParAnnee.containsKey(annee)) {
			sb.append(", ").append(annee).append(" : 0");
		}
		sb.append(" absences)");
		if (agents > 0) {
			sb.append(" ; entrées des agents du ")
				.append(date(premiereEntree))
				.append(" au ")
				.append(date(derniereEntree));
			if (derniereSortie != null) {
				sb.append(", dernière sortie le ").append(date(derniereSortie));
			}
		}
		return sb.toString();
	}

	private static String date(@Nullable LocalDate d) {
		return d == null ? "?" : d.format(JJ_MM_AAAA);
	}

}
