package fr.cdg.rsu.lecture.dsn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.indicateurs.Avertissement;
import fr.cdg.rsu.lecture.LigneLue;
import fr.cdg.rsu.lecture.Rejet;
import org.jspecify.annotations.Nullable;

/**
 * Lit un dossier de DSN pour les tests et rend ce qui en sort, avec les lignes canoniques
 * écrites comme dans la spécification ({@code siret;matricule;...}) pour les comparer à
 * des valeurs calculées à la main.
 */
record LectureDsn(List<Collectivite> collectivites, List<Agent> agents, List<Absence> absences, List<LignePaie> paies,
		List<Rejet> rejets, List<Avertissement> avertissements, Map<String, Object> rapport) {

	private static final DateTimeFormatter JJMMAAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static LectureDsn lire(Path dossier, int annee) {
		List<Path> fichiers;
		try (Stream<Path> s = Files.walk(dossier)) {
			fichiers = s.filter(p -> p.toString().toLowerCase().endsWith(".dsn")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		LecteurDsn lecteur = new LecteurDsn(dossier, fichiers, existant(dossier.resolve("grades.csv")),
				existant(dossier.resolve("collectivites.csv")), existant(dossier.resolve("agents.csv")), annee);
		List<Collectivite> c = new ArrayList<>();
		List<Agent> a = new ArrayList<>();
		List<Absence> b = new ArrayList<>();
		List<LignePaie> p = new ArrayList<>();
		List<Rejet> r = new ArrayList<>();
		LigneLue l;
		while ((l = lecteur.suivante()) != null) {
			switch (l) {
				case LigneLue.Rejetee x -> r.add(x.rejet());
				case LigneLue.Acceptee x -> {
					switch (x.enregistrement()) {
						case Collectivite y -> c.add(y);
						case Agent y -> a.add(y);
						case Absence y -> b.add(y);
						case LignePaie y -> p.add(y);
						default -> throw new IllegalStateException();
					}
				}
			}
		}
		return new LectureDsn(c, a, b, p, r, lecteur.avertissements(), lecteur.rapport());
	}

	private static @Nullable Path existant(Path p) {
		return Files.isRegularFile(p) ? p : null;
	}

	static String date(@Nullable LocalDate d) {
		return d == null ? "" : d.format(JJMMAAAA);
	}

	List<String> lignesAgents() {
		return agents.stream()
			.map(g -> String.join(";", g.siret(), g.matricule(), g.sexe().name(), date(g.dateNaissance()),
					g.statut().name(), g.categorie() == null ? "" : g.categorie().name(),
					g.filiere() == null ? "" : g.filiere().code(), g.cadreEmplois() == null ? "" : g.cadreEmplois(),
					g.tempsNonComplet() ? "NON_COMPLET" : "COMPLET", g.quotite().toPlainString(),
					g.tempsPartielDeDroit() ? "O" : "", date(g.dateEntree()), date(g.dateSortie())))
			.toList();
	}

	List<String> lignesAbsences() {
		return absences.stream()
			.map(b -> String.join(";", b.siret(), b.matricule(), b.motif().name(), date(b.dateDebut()),
					date(b.dateFin()), b.prolongation() ? "O" : "", b.joursCarence() == 0 ? "" : "" + b.joursCarence(),
					date(b.dateAccident())))
			.toList();
	}

	List<String> lignesPaies() {
		return paies.stream()
			.map(p -> String.join(";", p.siret(), p.matricule(), deux(p.traitementBrut()), deux(p.primes()),
					deux(p.nbi()), deux(p.sft()), deux(p.heuresSupMontant()), deux(p.heuresSupNombre()),
					p.etpr().setScale(10, java.math.RoundingMode.HALF_EVEN).toPlainString()))
			.toList();
	}

	private static String deux(BigDecimal v) {
		return v.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
	}

	List<String> typesAvertissements() {
		return avertissements.stream().map(Avertissement::type).toList();
	}

}
