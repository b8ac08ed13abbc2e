package fr.cdg.rsu.domaine;

/** Type d'employeur, qui fixe la famille de strates de comparaison. */
public enum TypeCollectivite {

	COMMUNE, EPCI, CCAS, DEPARTEMENT, REGION, SDIS, SYNDICAT, AUTRE;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
