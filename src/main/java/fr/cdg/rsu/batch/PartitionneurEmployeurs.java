package fr.cdg.rsu.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Découpe les employeurs de la campagne en groupes d'employeurs consécutifs :
 * {@link #PARTITIONS_PAR_FIL} partitions par fil (assez pour que les fils finissent
 * ensemble même quand un gros employeur tombe dans un groupe), jamais plus de
 * {@link #PARTITIONS_MAXIMUM} (des dizaines de milliers de partitions Spring Batch
 * coûtent plus cher que le calcul lui-même), et des groupes d'au moins
 * {@link #GROUPE_MINIMUM} employeurs quand il y en a assez, pour que le travail d'un
 * groupe se fasse par blocs (une transaction et une requête par table pour plusieurs
 * employeurs). Dans un groupe, le sort de chaque employeur est noté en base : la reprise
 * saute ceux qui sont faits. Clé du contexte : {@code sirets} (SIRET séparés par des
 * virgules).
 */
class PartitionneurEmployeurs implements Partitioner {

	static final int PARTITIONS_MAXIMUM = 400;

	static final int PARTITIONS_PAR_FIL = 16;

	static final int GROUPE_MINIMUM = 8;

	static final String CLE_SIRETS = "sirets";

	private final List<String> sirets;

	PartitionneurEmployeurs(List<String> sirets, Predicate<String> retenu) {
		this.sirets = sirets.stream().filter(retenu).toList();
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		int n = sirets.size();
		int nombre = Math.min(PARTITIONS_MAXIMUM, Math.max(1,
				Math.min(Math.max(1, gridSize) * PARTITIONS_PAR_FIL, (n + GROUPE_MINIMUM - 1) / GROUPE_MINIMUM)));
		int taille = Math.max(1, (n + nombre - 1) / nombre);
		for (int debut = 0; debut < sirets.size(); debut += taille) {
			List<String> groupe = new ArrayList<>(sirets.subList(debut, Math.min(sirets.size(), debut + taille)));
			ExecutionContext contexte = new ExecutionContext();
			contexte.putString(CLE_SIRETS, String.join(",", groupe));
			String nom = taille == 1 ? "employeur:" + groupe.get(0)
					: "employeurs:" + groupe.get(0) + "+" + (groupe.size() - 1);
			partitions.put(nom, contexte);
		}
		return partitions;
	}

}
