package fr.cdg.rsu.domaine.themes;

import java.util.List;

/** Nature des lésions d'un accident. */
public enum NatureLesion implements ListeDeCodes {

	PLAIE("Plaies, coupures", "Plaie", "Coupure", "Piqûre"),
	CONTUSION("Contusions, hématomes", "Contusion", "Hématome"),
	ENTORSE("Entorses, foulures", "Entorse", "Foulure", "Luxation"), FRACTURE("Fractures", "Fracture"),
	DOULEUR("Douleurs, lumbagos", "Lumbago", "Douleur", "Lombalgie"), BRULURE("Brûlures", "Brûlure"),
	COMMOTION("Commotions, traumatismes internes", "Commotion", "Traumatisme"),
	CORPS_ETRANGER("Corps étrangers", "Corps étranger"),
	PSYCHIQUE("Chocs et troubles psychiques", "Choc psychologique", "Choc émotionnel"),
	LESIONS_MULTIPLES("Lésions multiples"), AUTRE("Autre ou non précisé", "Non précisé");

	private final String libelle;

	private final List<String> alias;

	NatureLesion(String libelle, String... alias) {
		this.libelle = libelle;
		this.alias = List.of(alias);
	}

	@Override
	public String libelle() {
		return libelle;
	}

	@Override
	public List<String> alias() {
		return alias;
	}

}
