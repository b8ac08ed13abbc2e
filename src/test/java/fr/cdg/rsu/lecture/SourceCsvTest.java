package fr.cdg.rsu.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCsvTest {

	@TempDir
	Path dossier;

	private static List<LigneBrute> toutes(SourceTabulaire s) throws IOException {
		List<LigneBrute> lignes = new ArrayList<>();
		LigneBrute l;
		while ((l = s.suivante()) != null) {
			lignes.add(l);
		}
		return lignes;
	}

	@Test
	void utf8SansBom() throws Exception {
		Path f = Fixtures.ecrire(dossier, "agents.csv", "matricule;cadre_emplois\nA1;Rédacteur principal\n");
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.detection()).isEqualTo("encodage UTF-8, séparateur « ; »");
			assertThat(s.entetes()).containsExactly("matricule", "cadre_emplois");
			assertThat(s.estClasseur()).isFalse();
			assertThat(toutes(s)).singleElement()
				.satisfies(l -> assertThat(l.cellules()).containsExactly("A1", "Rédacteur principal"));
		}
	}

	@Test
	void utf8AvecBomQuiNeSeRetrouvePasDansLePremierEnTete() throws Exception {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		b.write("matricule;filière\nA1;médico-sociale\n".getBytes(StandardCharsets.UTF_8));
		Path f = Fixtures.ecrire(dossier, "agents.csv", b.toByteArray());
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.detection()).startsWith("encodage UTF-8 avec BOM");
			assertThat(s.entetes()).containsExactly("matricule", "filière");
			assertThat(toutes(s).get(0).cellules()).containsExactly("A1", "médico-sociale");
		}
	}

	@Test
	void windows1252LuCommeTel() throws Exception {
		// é = 0xE9 en Windows-1252 (octet invalide en UTF-8) ; € = 0x80 ; Œ = 0x8C
		byte[] octets = "matricule;filière;nom\nA1;médico-sociale;Œuvre 12 €\n"
			.getBytes(Charset.forName("windows-1252"));
		assertThat(octets).contains((byte) 0xE9);
		Path f = Fixtures.ecrire(dossier, "agents.csv", octets);
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.detection()).isEqualTo("encodage Windows-1252, séparateur « ; »");
			assertThat(s.entetes()).containsExactly("matricule", "filière", "nom");
			assertThat(toutes(s).get(0).cellules()).containsExactly("A1", "médico-sociale", "Œuvre 12 €");
		}
	}

	@Test
	void unSeulOctetWindows1252EnFinDeGrosFichierSuffitAEcarterUtf8() throws Exception {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.write("matricule;nom\n".getBytes(StandardCharsets.US_ASCII));
		for (int i = 0; i < 20_000; i++) {
			b.write(("A" + i + ";Dupont\n").getBytes(StandardCharsets.US_ASCII));
		}
		b.write("Z;Cl\u00E9ment\n".getBytes(Charset.forName("windows-1252")));
		Path f = Fixtures.ecrire(dossier, "agents.csv", b.toByteArray());
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.detection()).startsWith("encodage Windows-1252");
			List<LigneBrute> lignes = toutes(s);
			assertThat(lignes).hasSize(20_001);
			assertThat(lignes.get(20_000).cellules()).containsExactly("Z", "Clément");
		}
	}

	@Test
	void octetIndefiniEnWindows1252NeFaussePasLaDetectionDuSeparateur() throws Exception {
		// 0x81 n'a pas de caractère en Windows-1252 : il devient « � », le séparateur
		// reste la virgule
		byte[] octets = "matricule,nom\nA1,Cl\u00E9ment X\n".getBytes(Charset.forName("windows-1252"));
		octets[octets.length - 2] = (byte) 0x81;
		Path f = Fixtures.ecrire(dossier, "agents.csv", octets);
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.detection()).isEqualTo("encodage Windows-1252, séparateur « , »");
			assertThat(toutes(s).get(0).cellules()).containsExactly("A1", "Clément \uFFFD");
		}
	}

	@Test
	void bomUtf8AvecUnOctetInvalideResteUtf8() throws Exception {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		b.write("matricule;filière\nA1;médico-sociale\nA2;".getBytes(StandardCharsets.UTF_8));
		b.write(new byte[] { 'm', (byte) 0xE9, 'd', '\n' });
		Path f = Fixtures.ecrire(dossier, "agents.csv", b.toByteArray());
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.detection()).startsWith("encodage UTF-8 avec BOM (octets invalides remplacés");
			assertThat(s.entetes()).containsExactly("matricule", "filière");
			List<LigneBrute> lignes = toutes(s);
			assertThat(lignes.get(0).cellules()).containsExactly("A1", "médico-sociale");
			assertThat(lignes.get(1).cellules()).containsExactly("A2", "m\uFFFDd");
		}
	}

	@Test
	void finsDeLigneCrSeulesEtNumerosDeLigne() throws Exception {
		Path f = Fixtures.ecrire(dossier, "agents.csv", "matricule;nom\rA1;X\r\rA2;\"Y\rZ\"\rA3;W\r");
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(toutes(s).stream().filter(l -> !l.estVide()).toList()).extracting(LigneBrute::numero)
				.containsExactly(2L, 4L, 6L);
		}
	}

	@Test
	void separateurVirgule() throws Exception {
		Path f = Fixtures.ecrire(dossier, "agents.csv", "matricule,sexe,quotite\nA1,F,\"80,5\"\n");
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.detection()).endsWith("séparateur « , »");
			assertThat(toutes(s).get(0).cellules()).containsExactly("A1", "F", "80,5");
		}
	}

	@Test
	void separateurTabulation() throws Exception {
		Path f = Fixtures.ecrire(dossier, "agents.csv", "matricule\tsexe\tquotite\nA1\tF\t80,5\n");
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.detection()).endsWith("séparateur tabulation");
			assertThat(toutes(s).get(0).cellules()).containsExactly("A1", "F", "80,5");
		}
	}

	@Test
	void pointVirguleGagneSurLesVirgulesDesDonnees() throws Exception {
		Path f = Fixtures.ecrire(dossier, "r.csv", "matricule;\"traitement, brut\";etpr\nA1;1,5;0,8\n");
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.detection()).endsWith("séparateur « ; »");
			assertThat(s.entetes()).containsExactly("matricule", "traitement, brut", "etpr");
		}
	}

	@Test
	void champsEntreGuillemetsAvecSeparateursEtRetoursALaLigneGardentLesBonsNumerosDeLigne() throws Exception {
		String csv = "matricule;nom;commentaire\r\n" // ligne 1
				+ "A1;\"Dupont; Jean\";\"sur\r\ntrois\r\nlignes\"\r\n" // lignes 2 à 4
				+ "A2;\"Il dit \"\"non\"\"\";x\r\n" // ligne 5
				+ "\r\n" // ligne 6 vide
				+ "A3;Martin;\"\n\"\n"; // lignes 7 et 8
		Path f = Fixtures.ecrire(dossier, "agents.csv", csv);
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			List<LigneBrute> lignes = toutes(s).stream().filter(l -> !l.estVide()).toList();
			assertThat(lignes).extracting(LigneBrute::numero).containsExactly(2L, 5L, 7L);
			assertThat(lignes.get(0).cellules()).containsExactly("A1", "Dupont; Jean", "sur\r\ntrois\r\nlignes");
			assertThat(lignes.get(1).cellules()).containsExactly("A2", "Il dit \"non\"", "x");
			assertThat(lignes.get(2).cellules()).containsExactly("A3", "Martin", "\n");
		}
	}

	@Test
	void lignesVidesEnTeteDeFichierSauteesAvantLEnTete() throws Exception {
		Path f = Fixtures.ecrire(dossier, "agents.csv", "\n\r\nmatricule;sexe\nA1;F\n");
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.entetes()).containsExactly("matricule", "sexe");
			assertThat(toutes(s).stream().filter(l -> !l.estVide()).toList()).singleElement()
				.satisfies(l -> assertThat(l.numero()).isEqualTo(4));
		}
	}

	@Test
	void lignesVidesSauteesEtComptees() throws Exception {
		// ligne 3 vide, ligne 5 faite de séparateurs seuls, ligne 6 d'espaces : trois
		// lignes vides
		Fixtures.ecrire(dossier, "agents.csv",
				Fixtures.AGENTS_CSV.replace("\n21250388500018;A2", "\n\n21250388500018;A2") + ";;;;;;;;;\n   \n");
		var lecture = Fixtures.lire(dossier);
		var stats = lecture.statistiques().get("agents.csv");
		assertThat(stats.lues).isEqualTo(2);
		assertThat(stats.rejetees).isZero();
		assertThat(stats.vides).isEqualTo(3);
		assertThat(lecture.lignes()).extracting(LigneLue::ligne).containsExactly(2L, 4L);
		lecture.verifierComptes();
	}

	@Test
	void enTetesNettoyesDesEspaces() throws Exception {
		Path f = Fixtures.ecrire(dossier, "agents.csv", "  matricule ; sexe \nA1;F\n");
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.entetes()).containsExactly("matricule", "sexe");
		}
	}

	@Test
	void fichiersDeMoinsDeQuatreOctets() throws Exception {
		for (String contenu : new String[] { "a", "ab", "abc", "\uFEFF", "\uFEFFa" }) {
			Path f = Fixtures.ecrire(dossier, "agents.csv", contenu);
			try (SourceCsv s = SourceCsv.ouvrir(f)) {
				assertThat(s.entetes()).as(contenu)
					.containsExactly(contenu.replace("\uFEFF", "").isEmpty() ? new String[0]
							: new String[] { contenu.replace("\uFEFF", "") });
			}
		}
	}

	@Test
	void fichierVideSansEnTete() throws Exception {
		Path f = Fixtures.ecrire(dossier, "agents.csv", new byte[0]);
		try (SourceCsv s = SourceCsv.ouvrir(f)) {
			assertThat(s.entetes()).isEmpty();
			assertThat(s.suivante()).isNull();
		}
	}

}
