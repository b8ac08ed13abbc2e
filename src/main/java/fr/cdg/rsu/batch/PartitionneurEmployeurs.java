package fr.cdg.rsu.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Découpe les employeurs de la campagne en partitions. Un employeur par partition tant qu'ils sont peu nombreux (une
 * reprise ne refait que ceux qui manquent) ; au-delà de {@link #PARTITIONS_MAXIMUM}, des groupes d'employeurs
 * consécutifs, car des dizaines de milliers de partitions Spring Batch coûtent plus cher que le calcul lui-même.
 * Dans un groupe, le sort de chaque employeur est noté en base : la reprise saute ceux qui sont faits.
 * Clé du contexte : {@code sirets} (SIRET séparés par des virgules).
 */
class PartitionneurEmployeurs implements Partitioner {

	static final int PARTITIONS_MAXIMUM = 400;

	static final String CLE_SIRETS = "sirets";

	private final List<String> sirets;

	PartitionneurEmployeurs(List<String> sirets, Predicate<String> retenu) {
		this.sirets = sirets.stream().filter(retenu).toList();
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		int taille = Math.max(1, (sirets.size() + PARTITIONS_MAXIMUM - 1) / PARTITIONS_MAXIMUM);
		for (int debut = 0; debut < sirets.size(); debut += taille) {
			List<String> groupe = new ArrayList<>(sirets.subList(debut, Math.min(sirets.size(), debut + taille)));
			ExecutionContext contexte = new ExecutionContext();
			contexte.putString(CLE_SIRETS, String.join(",", groupe));
			String nom = taille == 1 ? "employeur:" + groupe.get(0) : "employeurs:" + groupe.get(0) + "+" + (groupe.size() - 1);
			partitions.put(nom, contexte);
		}
		return partitions;
	}

}
