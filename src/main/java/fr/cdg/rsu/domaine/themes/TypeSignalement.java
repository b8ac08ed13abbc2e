package fr.cdg.rsu.domaine.themes;

import java.util.List;

/**
 * Type d'acte signalé (violences, harcèlements, discriminations, agissements sexistes,
 * menaces).
 */
public enum TypeSignalement implements ListeDeCodes {

	VIOLENCE_PHYSIQUE("Violence physique", "Agression physique"),
	VIOLENCE_SEXUELLE("Violence sexuelle", "Agression sexuelle"),
	VIOLENCE_VERBALE("Violence verbale", "Insulte", "Injure", "Agression verbale"),
	HARCELEMENT_MORAL("Harcèlement moral"), HARCELEMENT_SEXUEL("Harcèlement sexuel"), DISCRIMINATION("Discrimination"),
	AGISSEMENT_SEXISTE("Agissement sexiste", "Sexisme"), MENACE("Menace", "Menaces");

	private final String libelle;

	private final List<String> alias;

	TypeSignalement(String libelle, String... alias) {
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
