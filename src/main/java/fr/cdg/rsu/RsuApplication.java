package fr.cdg.rsu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RsuApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(RsuApplication.class, args)));
	}

}
