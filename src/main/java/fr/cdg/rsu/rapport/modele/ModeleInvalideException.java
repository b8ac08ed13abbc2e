package fr.cdg.rsu.rapport.modele;

/** Un modèle refusé au démarrage : le message nomme le fichier et la clé fautive. */
public class ModeleInvalideException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String fichier;

	private final String cle;

	private final String motif;

	public ModeleInvalideException(String fichier, String cle, String motif) {
		super("Modèle invalide " + fichier + ", clé « " + cle + " » : " + motif);
		this.fichier = fichier;
		this.cle = cle;
		this.motif = motif;
	}

	public String fichier() {
		return fichier;
	}

	public String cle() {
		return cle;
	}

	/** La raison du refus, sans le fichier ni la clé. */
	public String motif() {
		return motif;
	}

}
