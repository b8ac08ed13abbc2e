package fr.cdg.rsu.domaine;

import java.util.Optional;

/** Filière de la fonction publique territoriale, avec le code écrit dans les sorties. */
public enum Filiere {

	ADMINISTRATIVE("administrative", "Administrative"), TECHNIQUE("technique", "Technique"),
	CULTURELLE("culturelle", "Culturelle"), SPORTIVE("sportive", "Sportive"),
	MEDICO_SOCIALE("medico-sociale", "Médico-sociale"), MEDICO_TECHNIQUE("medico-technique", "Médico-technique"),
	POLICE_MUNICIPALE("police-municipale", "Police municipale"),
	INCENDIE_SECOURS("incendie-secours", "Incendie et secours"), ANIMATION("animation", "Animation"),
	SOCIALE("sociale", "Sociale");

	private final String code;

	private final String libelle;

	Filiere(String code, String libelle) {
		this.code = code;
		this.libelle = libelle;
	}

	public String code() {
		return code;
	}

	public String libelle() {
		return libelle;
	}

	public static Optional<Filiere> depuisCode(String code) {
		for (Filiere f : values()) {
			if (f.code.equals(code)) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

}
