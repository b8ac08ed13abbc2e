package fr.cdg.rsu.lecture;

import static fr.cdg.rsu.lecture.Fixtures.l;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.LignePaie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceXlsxTest {

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
	void cellulesDatesNumeriquesTexteEtBooleennes() throws Exception {
		Path f = Fixtures.classeur(dossier.resolve("agents.xlsx"),
				Fixtures.feuille("Feuil1",
						List.of(l("matricule", "date_naissance", "quotite", "fonctionnel", "nom"),
								l("A1", LocalDate.of(1980, 3, 15), 80, true, "Dupont"),
								l(12345, LocalDate.of(1975, 7, 1), 0.5, false, null))));
		try (SourceXlsx s = SourceXlsx.ouvrir(f, null)) {
			assertThat(s.estClasseur()).isTrue();
			assertThat(s.detection()).isEqualTo("classeur XLSX, feuille « Feuil1 »");
			assertThat(s.entetes()).containsExactly("matricule", "date_naissance", "quotite", "fonctionnel", "nom");
			List<LigneBrute> lignes = toutes(s);
			assertThat(lignes).extracting(LigneBrute::numero).containsExactly(2L, 3L);
			assertThat(lignes.get(0).cellules()).containsExactly("A1", "1980-03-15", "80", "1", "Dupont");
			// matricule numérique : pas de « 12345.0 » ; cellule absente en fin de ligne
			// = pas de cellule
			assertThat(lignes.get(1).cellules()).containsExactly("12345", "1975-07-01", "0.5", "0");
			assertThat(lignes.get(1).cellule(4)).isEmpty();
		}
	}

	@Test
	void numeroDeSerieDansUneColonneDeDatesDevientUneDate() throws Exception {
		// une date saisie sans format date : la cellule est le nombre 29295 (15/03/1980)
		Path d = dossier.resolve("entree");
		Fixtures.classeur(d.resolve("agents.xlsx"),
				Fixtures.feuille("agents",
						List.of(l("matricule", "sexe", "date_naissance", "statut", "date_entree"),
								l("A1", "F", 29295, "CONTRACTUEL_NON_PERMANENT", 45356.0),
								l("A2", "H", "15/03/1980", "CONTRACTUEL_NON_PERMANENT", LocalDate.of(2024, 3, 5)))));
		var lecture = Fixtures.lire(d, null, Fixtures.SIRET);
		assertThat(lecture.rejets()).isEmpty();
		assertThat(lecture.acceptes()).hasSize(2).allSatisfy(o -> {
			Agent a = (Agent) o;
			assertThat(a.dateNaissance()).isEqualTo(LocalDate.of(1980, 3, 15));
		});
		assertThat(((Agent) lecture.acceptes().get(0)).dateEntree()).isEqualTo(LocalDate.of(2024, 3, 5));
		lecture.verifierComptes();
	}

	@Test
	void celluleNumeriqueDansUnMontant() throws Exception {
		Path d = dossier.resolve("entree");
		Fixtures.classeur(d.resolve("agents.xlsx"), Fixtures.feuille("agents",
				List.of(l("matricule", "sexe", "date_naissance", "statut"), l("A1", "F", "01/01/1980", "CNP"))));
		Fixtures.classeur(d.resolve("remunerations.xlsx"),
				Fixtures.feuille("remunerations", List.of(l("matricule", "traitement_brut", "primes", "etpr"),
						l("A1", 24000.5, 1234.56, 1), l("A1", "1 000,10", null, 0.25))));
		var lecture = Fixtures.lire(d, null, Fixtures.SIRET);
		assertThat(lecture.rejets()).isEmpty();
		List<LignePaie> paies = lecture.acceptes()
			.stream()
			.filter(LignePaie.class::isInstance)
			.map(LignePaie.class::cast)
			.toList();
		assertThat(paies).hasSize(2);
		assertThat(paies.get(0).traitementBrut()).isEqualByComparingTo("24000.5");
		assertThat(paies.get(0).primes()).isEqualByComparingTo("1234.56");
		assertThat(paies.get(1).traitementBrut()).isEqualByComparingTo("1000.10");
		assertThat(paies.get(1).etpr()).isEqualByComparingTo("0.25");
		lecture.verifierComptes();
	}

	@Test
	void classeurAPlusieursFeuilles() throws Exception {
		Map<String, List<List<@Nullable Object>>> feuilles = new LinkedHashMap<>();
		feuilles.put("Notice", List.of(l("Ce classeur contient...")));
		feuilles.put("agents", List.of(l("matricule"), l("A1")));
		feuilles.put("absences", List.of(l("matricule", "motif"), l("A1", "MO"), l("A1", "CLM")));
		Path f = Fixtures.classeur(dossier.resolve("rsu.xlsx"), feuilles);
		assertThat(SourceXlsx.feuilles(f)).containsExactly("Notice", "agents", "absences");
		try (SourceXlsx s = SourceXlsx.ouvrir(f, "absences")) {
			assertThat(s.detection()).contains("« absences »");
			assertThat(s.entetes()).containsExactly("matricule", "motif");
			assertThat(toutes(s)).extracting(LigneBrute::cellules)
				.containsExactly(List.of("A1", "MO"), List.of("A1", "CLM"));
		}
		try (SourceXlsx s = SourceXlsx.ouvrir(f, null)) {
			assertThat(s.detection()).contains("« Notice »");
		}
	}

	@Test
	void feuilleAbsenteEstUneErreurDeLecture() throws Exception {
		Path f = Fixtures.classeur(dossier.resolve("rsu.xlsx"), Fixtures.feuille("agents", List.of(l("matricule"))));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourceXlsx.ouvrir(f, "absences"))
			.isInstanceOf(IOException.class)
			.hasMessageContaining("feuille « absences » absente");
	}

	@Test
	void enTeteApresDesLignesVidesEtNumerosDeLigneDuTableur() throws Exception {
		Path f = Fixtures.classeur(dossier.resolve("agents.xlsx"), Fixtures.feuille("agents",
				List.of(l(), l((Object) null), l("matricule", "sexe"), l("A1", "F"), l(), l("A2", "H"))));
		try (SourceXlsx s = SourceXlsx.ouvrir(f, null)) {
			assertThat(s.entetes()).containsExactly("matricule", "sexe");
			List<LigneBrute> lignes = toutes(s).stream().filter(x -> !x.estVide()).toList();
			assertThat(lignes).extracting(LigneBrute::numero).containsExactly(4L, 6L);
		}
	}

}
