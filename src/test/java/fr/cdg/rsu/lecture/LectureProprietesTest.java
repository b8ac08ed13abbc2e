package fr.cdg.rsu.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Propriétés de la lecture sur des entrées quelconques : seule une
 * {@link EntreeInvalideException} peut sortir, et pour chaque fichier lues = acceptées +
 * rejetées. Essais en nombre modéré pour garder la suite rapide.
 */
class LectureProprietesTest {

	/**
	 * Une altération d'un fichier valide, appliquée à la position {@code position} modulo
	 * sa taille.
	 */
	record Mutation(int sorte, int position, byte octet, int longueur) {

		byte[] appliquer(byte[] f) {
			int p = Math.floorMod(position, f.length + 1);
			List<Byte> l = new ArrayList<>(f.length + 16);
			for (byte b : f) {
				l.add(b);
			}
			switch (sorte) {
				case 0 -> { // supprimer des octets
					for (int i = 0; i < longueur && p < l.size(); i++) {
						l.remove(p);
					}
				}
				case 1 -> { // dupliquer un morceau
					List<Byte> morceau = new ArrayList<>(l.subList(p, Math.min(l.size(), p + longueur * 7)));
					l.addAll(p, morceau);
				}
				case 2 -> { // retourner des bits
					if (p < l.size()) {
						l.set(p, (byte) (l.get(p) ^ (octet == 0 ? 1 : octet)));
					}
				}
				case 3 -> l.add(p, (byte) ";,\t".charAt(Math.floorMod(octet, 3)));
				case 4 -> l.add(p, (byte) '"');
				case 5 -> {
					String nl = List.of("\n", "\r\n", "\r").get(Math.floorMod(octet, 3));
					for (byte b : nl.getBytes(StandardCharsets.US_ASCII)) {
						l.add(p++, b);
					}
				}
				default -> l.add(p, octet);
			}
			byte[] r = new byte[l.size()];
			for (int i = 0; i < r.length; i++) {
				r[i] = l.get(i);
			}
			return r;
		}

	}

	@Provide
	Arbitrary<List<Mutation>> mutations() {
		return Combinators
			.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 100_000),
					Arbitraries.bytes(), Arbitraries.integers().between(1, 12))
			.as(Mutation::new)
			.list()
			.ofMinSize(1)
			.ofMaxSize(10);
	}

	@Provide
	Arbitrary<String> fichierMute() {
		return Arbitraries.of("agents.csv", "absences.csv", "remunerations.csv");
	}

	private static final String[] VALIDES = { Fixtures.AGENTS_CSV, Fixtures.ABSENCES_CSV, Fixtures.REMUNERATIONS_CSV };

	private static final String[] NOMS = { "agents.csv", "absences.csv", "remunerations.csv" };

	/**
	 * Lit le dossier ; n'admet que l'EntreeInvalideException, et vérifie les comptes
	 * quand la lecture aboutit.
	 */
	private static void lireSansAutreException(Path dossier) {
		try {
			Fixtures.Lecture lecture = Fixtures.lire(dossier, null, Fixtures.SIRET);
			lecture.verifierComptes();
			for (var s : lecture.statistiques().values()) {
				assertThat(s.lues).isEqualTo(lecture.acceptees(s.fichier) + lecture.rejetees(s.fichier));
			}
		}
		catch (EntreeInvalideException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	@Property(tries = 200)
	void octetsAleatoiresCommeFichierAgents(@ForAll @Size(max = 3000) byte[] octets) throws IOException {
		Path d = Files.createTempDirectory("rsu-prop");
		try {
			Fixtures.ecrire(d, "agents.csv", octets);
			lireSansAutreException(d);
		}
		finally {
			supprimer(d);
		}
	}

	@Property(tries = 100)
	void octetsAleatoiresDerriereUnEnTeteValide(@ForAll @Size(max = 3000) byte[] octets,
			@ForAll("fichierMute") String nom) throws IOException {
		Path d = Files.createTempDirectory("rsu-prop");
		try {
			Fixtures.dossierValide(d);
			String entete = Files.readAllLines(d.resolve(nom)).get(0) + "\n";
			byte[] e = entete.getBytes(StandardCharsets.UTF_8);
			byte[] tout = new byte[e.length + octets.length];
			System.arraycopy(e, 0, tout, 0, e.length);
			System.arraycopy(octets, 0, tout, e.length, octets.length);
			Fixtures.ecrire(d, nom, tout);
			lireSansAutreException(d);
		}
		finally {
			supprimer(d);
		}
	}

	@Property(tries = 200)
	void mutationsDUnFichierValide(@ForAll("mutations") List<Mutation> mutations, @ForAll("fichierMute") String nom)
			throws IOException {
		Path d = Files.createTempDirectory("rsu-prop");
		try {
			Fixtures.dossierValide(d);
			int i = List.of(NOMS).indexOf(nom);
			byte[] f = VALIDES[i].getBytes(StandardCharsets.UTF_8);
			for (Mutation m : mutations) {
				f = m.appliquer(f);
			}
			Fixtures.ecrire(d, nom, f);
			lireSansAutreException(d);
		}
		finally {
			supprimer(d);
		}
	}

	/**
	 * Un petit classeur valide (feuille agents) écrit une fois, puis muté octet par
	 * octet.
	 */
	private static byte[] classeurValide;

	private static synchronized byte[] classeurValide() throws IOException {
		if (classeurValide == null) {
			Path d = Files.createTempDirectory("rsu-prop");
			try {
				Path f = Fixtures.classeur(d.resolve("agents.xlsx"),
						Fixtures.feuille("agents",
								List.of(Fixtures.l("matricule", "sexe", "date_naissance", "statut"),
										Fixtures.l("A1", "F", java.time.LocalDate.of(1980, 1, 1), "CNP"),
										Fixtures.l("A2", "H", 29295, "CNP"))));
				classeurValide = Files.readAllBytes(f);
			}
			finally {
				supprimer(d);
			}
		}
		return classeurValide;
	}

	@Property(tries = 100)
	void mutationsDUnClasseur(@ForAll("mutations") List<Mutation> mutations, @ForAll boolean nomQuelconque)
			throws IOException {
		Path d = Files.createTempDirectory("rsu-prop");
		try {
			byte[] f = classeurValide();
			for (Mutation m : mutations) {
				f = m.appliquer(f);
			}
			if (nomQuelconque) {
				// classeur dont les feuilles disent le type : passe par
				// InventaireEntrees.feuilles
				Fixtures.ecrire(d, "agents.csv", Fixtures.AGENTS_CSV);
				Fixtures.ecrire(d, "export.xlsx", f);
			}
			else {
				Fixtures.ecrire(d, "agents.xlsx", f);
			}
			lireSansAutreException(d);
		}
		finally {
			supprimer(d);
		}
	}

	@org.junit.jupiter.api.Test
	void unBlancAuDeuxCentiemeCaractereNeFaitPasDepasserLaLongueurMaximale() {
		// 199 caractères, un blanc, puis d'autres : l'espace et le caractère suivant
		// feraient 201 (trouvé par jqwik)
		String texte = "x".repeat(199) + "\t" + "yz";
		assertThat(Textes.nettoyer(texte)).isEqualTo("x".repeat(199));
		assertThat(Textes.nettoyer("x".repeat(198) + " y")).isEqualTo("x".repeat(198) + " y").hasSize(200);
	}

	@Property(tries = 500)
	void valeursNeLevantQueDesValeursInvalides(@ForAll String texte, @ForAll boolean serie) {
		try {
			Valeurs.date(texte, serie);
		}
		catch (ValeurInvalideException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
		try {
			Valeurs.nombre(texte);
		}
		catch (ValeurInvalideException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
		try {
			Valeurs.booleen(texte);
		}
		catch (ValeurInvalideException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
		assertThat(Textes.nettoyer(texte)).hasSizeLessThanOrEqualTo(200).doesNotContain("\u0000");
		Entetes.normaliser(texte);
	}

	private static void supprimer(Path d) throws IOException {
		try (Stream<Path> s = Files.walk(d)) {
			for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
