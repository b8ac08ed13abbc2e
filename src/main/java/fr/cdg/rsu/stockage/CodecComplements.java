package fr.cdg.rsu.stockage;

import java.util.Map;

import fr.cdg.rsu.domaine.themes.Accident;
import fr.cdg.rsu.domaine.themes.DecisionSante;
import fr.cdg.rsu.domaine.themes.EnregistrementFacultatif;
import fr.cdg.rsu.domaine.themes.EvenementCarriere;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.Formation;
import fr.cdg.rsu.domaine.themes.ReponsesEmployeur;
import fr.cdg.rsu.domaine.themes.Signalement;
import fr.cdg.rsu.domaine.themes.SituationAgent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Les enregistrements des fichiers facultatifs en JSON, pour la table
 * {@code RSU_COMPLEMENT} : une colonne par champ aurait fait sept tables de plus, pour
 * des lignes qu'on relit toujours entières.
 */
final class CodecComplements {

	/** La sorte d'une situation d'agent (colonnes facultatives du fichier agents). */
	static final String AGENT = "agent";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, Class<?>> CLASSES = Map.of(FichierFacultatif.EMPLOYEUR_RSU.nom(),
			ReponsesEmployeur.class, FichierFacultatif.ACCIDENTS.nom(), Accident.class,
			FichierFacultatif.DECISIONS_SANTE.nom(), DecisionSante.class, FichierFacultatif.SIGNALEMENTS.nom(),
			Signalement.class, FichierFacultatif.FORMATIONS.nom(), Formation.class, FichierFacultatif.CARRIERES.nom(),
			EvenementCarriere.class, AGENT, SituationAgent.class);

	private CodecComplements() {
	}

	/** La sorte d'un enregistrement facultatif, ou {@code null} si ce n'en est pas un. */
	static @Nullable String sorte(Object enregistrement) {
		for (var e : CLASSES.entrySet()) {
			if (e.getValue().isInstance(enregistrement)) {
				return e.getKey();
			}
		}
		return null;
	}

	static String ecrire(Object enregistrement) {
		return JSON.writeValueAsString(enregistrement);
	}

	static Object lire(String sorte, String donnees) {
		Class<?> c = CLASSES.get(sorte);
		if (c == null) {
			throw new IllegalArgumentException("sorte de complément inconnue : " + sorte);
		}
		return JSON.readValue(donnees, c);
	}

	/**
	 * Le matricule de l'enregistrement, ou {@code null} (réponses de l'employeur,
	 * signalements).
	 */
	static @Nullable String matricule(Object enregistrement) {
		return switch (enregistrement) {
			case Accident a -> a.matricule();
			case DecisionSante d -> d.matricule();
			case Formation f -> f.matricule();
			case EvenementCarriere e -> e.matricule();
			case SituationAgent s -> s.matricule();
			default -> null;
		};
	}

	static String siret(Object enregistrement) {
		if (enregistrement instanceof EnregistrementFacultatif f) {
			return f.siret();
		}
		throw new IllegalArgumentException("enregistrement inattendu : " + enregistrement);
	}

}
