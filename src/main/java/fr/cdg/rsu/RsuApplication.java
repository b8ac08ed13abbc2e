package fr.cdg.rsu;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;

import fr.cdg.rsu.batch.ArretDemande;
import fr.cdg.rsu.cli.CodeSortie;
import fr.cdg.rsu.cli.Demarrage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RsuApplication {

	public static void main(String[] args) {
		// options et dossier de sortie vérifiés avant Spring : une erreur ne crée ni base
		// ni journal
		OptionalInt arret = Demarrage.verifier(args, System.out, System.err);
		if (arret.isPresent()) {
			System.exit(arret.getAsInt());
		}
		SpringApplication application = new SpringApplication(RsuApplication.class);
		// l'arrêt (SIGTERM) est géré par ArretDemande : le crochet de Spring fermait la
		// base pendant le calcul
		application.setRegisterShutdownHook(false);
		if (Arrays.asList(args).contains("--silencieux")) {
			// pour les planificateurs : seules les erreurs et le résumé s'affichent
			application.setDefaultProperties(Map.of("rsu.niveau-console", "WARN"));
		}
		int code;
		try {
			code = SpringApplication.exit(application.run(args));
		}
		catch (RuntimeException ex) {
			// démarrage impossible (base verrouillée par une autre campagne,
			// configuration invalide...) : un message
			// en français, la trace complète dans le journal
			Throwable cause = ex;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			String message = String.valueOf(cause.getMessage());
			if (message.contains("lockFile") || message.contains("lock acquisition")) {
				// HSQLDB n'ouvre une base de fichier qu'à un processus : une autre
				// campagne tourne sur cette sortie
				System.err.println("Une autre campagne utilise déjà la base de ce dossier de sortie : attendez qu'elle "
						+ "se termine, ou choisissez un autre --sortie (ou --base). Aucun résultat n'a été écrit.");
				code = CodeSortie.BASE_OCCUPEE.code();
			}
			else {
				System.err.println("Erreur au démarrage : " + message
						+ "\n(détails techniques dans le journal rsu.log du dossier de sortie)");
				code = CodeSortie.ERREUR.code();
			}
		}
		ArretDemande.sortie(code);
		System.exit(code);
	}

}
