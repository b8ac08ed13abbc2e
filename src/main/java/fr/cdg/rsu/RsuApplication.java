package fr.cdg.rsu;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RsuApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(RsuApplication.class);
		if (Arrays.asList(args).contains("--silencieux")) {
			// pour les planificateurs : seules les erreurs et le résumé s'affichent
			application.setDefaultProperties(Map.of("rsu.niveau-console", "WARN"));
		}
		System.exit(SpringApplication.exit(application.run(args)));
	}

}
