package fr.cdg.rsu.generateur;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.cdg.rsu.domaine.TypeCollectivite;

/**
 * Génération en masse : un dossier avec collectivites, agents, absences et remunerations
 * (contrat canonique), tous employeurs mêlés, écrit employeur par employeur. Seuls les
 * effectifs des employeurs (un entier chacun) sont tenus en mémoire : 35 000 employeurs
 * et 2 millions d'agents passent en quelques centaines de Mo.
 */
public final class GenerateurLots {

	/**
	 * Lignes d'absence par agent obtenues avec une intensité 1 (mesuré sur plusieurs
	 * graines du préréglage departement).
	 */
	static final double ABSENCES_PAR_AGENT_INTENSITE_1 = 2.1;

	/** Préréglages : nombre d'employeurs, d'agents et d'absences visés. */
	public enum Preset {

		DEPARTEMENT(300, 20_000, 30_000), NATIONAL(35_000, 2_000_000, 3_000_000);

		final int employeurs;

		final int agents;

		final int absences;

		Preset(int employeurs, int agents, int absences) {
			this.employeurs = employeurs;
			this.agents = agents;
			this.absences = absences;
		}

	}

	/**
	 * @param absences lignes d'absence visées (0 : 1,5 par agent)
	 * @param departement code du département (un seul) ; {@code null} = tous les
	 * départements (national)
	 * @param themes écrire aussi les fichiers et colonnes facultatifs (input-themes.md),
	 * en CSV ou XLSX
	 */
	public record Demande(int annee, long graine, int employeurs, int agents, int absences, String format, Path sortie,
			String departement, boolean themes) {

		/**
		 * Sans les fichiers facultatifs : les quatre fichiers du contrat, comme avant.
		 */
		public Demande(int annee, long graine, int employeurs, int agents, int absences, String format, Path sortie,
				String departement) {
			this(annee, graine, employeurs, agents, absences, format, sortie, departement, false);
		}

	}

	/** Ce qui a été écrit. */
	public record Bilan(long collectivites, long agents, long absences, long remunerations) {
	}

	static final String[] DEPARTEMENTS;

	static {
		List<String> d = new ArrayList<>();
		for (int i = 1; i <= 95; i++) {
			if (i == 20) {
				d.add("2A");
				d.add("2B");
			}
			else {
				d.add(String.format("%02d", i));
			}
		}
		d.addAll(List.of("971", "972", "973", "974", "976"));
		DEPARTEMENTS = d.toArray(String[]::new);
	}

	public Bilan generer(Demande demande) throws IOException {
		int n = Math.max(1, demande.employeurs());
		if ("xlsx".equals(demande.format()) && (demande.agents() > 1_000_000 || demande.absences() > 1_000_000)) {
			throw new IllegalArgumentException("Un classeur XLSX est limité à 1 048 576 lignes par feuille : "
					+ "utiliser --format=csv au-delà d'un million d'agents ou d'absences.");
		}
		Tirage t = new Tirage(Tirage.deriver(demande.graine(), 0));
		boolean national = demande.departement() == null;
		String[] depts = national ? DEPARTEMENTS : new String[] { demande.departement() };
		int nbDepartements = Math.min(depts.length, n / 300);
		int nbSdis = Math.min(depts.length, n / 300);
		int nbRegions = national ? Math.min(17, n / 2000) : 0;
		TypeCollectivite[] types = new TypeCollectivite[n];
		double[] poids = new double[n];
		String[] deptDe = new String[n];
		double somme = 0;
		for (int i = 0; i < n; i++) {
			TypeCollectivite type;
			String dept;
			if (i < nbDepartements) {
				type = TypeCollectivite.DEPARTEMENT;
				dept = depts[i];
			}
			else if (i < nbDepartements + nbSdis) {
				type = TypeCollectivite.SDIS;
				dept = depts[i - nbDepartements];
			}
			else if (i < nbDepartements + nbSdis + nbRegions) {
				type = TypeCollectivite.REGION;
				dept = depts[(i * 7) % depts.length];
			}
			else {
				type = t.parmi(
						new TypeCollectivite[] { TypeCollectivite.COMMUNE, TypeCollectivite.CCAS,
								TypeCollectivite.SYNDICAT, TypeCollectivite.EPCI, TypeCollectivite.AUTRE },
						new double[] { 60, 18, 12, 7, 3 });
				dept = depts[t.entre(0, depts.length - 1)];
			}
			double w = switch (type) {
				case COMMUNE -> t.lognormale(7, 1.35);
				case CCAS -> t.lognormale(4, 1.0);
				case SYNDICAT -> t.lognormale(3, 1.1);
				case EPCI -> t.lognormale(60, 1.0);
				case AUTRE -> t.lognormale(8, 1.0);
				case DEPARTEMENT -> t.lognormale(2800, 0.35);
				case SDIS -> t.lognormale(600, 0.4);
				case REGION -> t.lognormale(3500, 0.3);
			};
			types[i] = type;
			poids[i] = w;
			deptDe[i] = dept;
			somme += w;
		}
		double echelle = demande.agents() / somme;
		double cibleAbsences = demande.absences() > 0 ? demande.absences() : 1.5 * demande.agents();
		double intensiteGlobale = cibleAbsences / (demande.agents() * ABSENCES_PAR_AGENT_INTENSITE_1);

		GenerateurEmployeur generateur = new GenerateurEmployeur(demande.annee());
		long[] compte = new long[4];
		if (demande.themes() && "dsn".equals(demande.format())) {
			throw new IllegalArgumentException(
					"--themes : les fichiers facultatifs ne s'écrivent pas en DSN " + "(--format=csv ou xlsx)");
		}
		java.util.Set<NatureFacultative> facultatives = demande.themes()
				? java.util.EnumSet.allOf(NatureFacultative.class) : java.util.Set.of();
		GenerateurThemes themes = new GenerateurThemes(demande.annee());
		try (Ecrivain ecrivain = switch (demande.format()) {
			case "xlsx" -> new EcrivainXlsx(demande.sortie().resolve("rsu-" + demande.annee() + ".xlsx"),
					demande.themes(), facultatives);
			case "dsn" -> new EcrivainDsn(demande.sortie(), demande.annee(), true);
			default -> new EcrivainCsv(demande.sortie(), Dialecte.canonique(false), demande.themes(), facultatives);
		}) {
			double absencesParAgent = cibleAbsences / demande.agents();
			double agentsFoisIntensite = 0;
			for (int i = 0; i < n; i++) {
				long graine = Tirage.deriver(demande.graine(), 1, i);
				Tirage te = new Tirage(graine);
				int effectif = Math.max(1, (int) Math.round(poids[i] * echelle));
				String siret = Referentiels.siret(100_000L + i);
				// Asservissement du nombre d'absences : le rendement observé (absences
				// par agent et par unité
				// d'intensité) fixe l'intensité des employeurs suivants, et l'écart
				// cumulé à la cible est rattrapé.
				double intensite = intensiteGlobale;
				if (compte[1] >= 500 && compte[2] > 0) {
					double rendement = compte[2] / agentsFoisIntensite;
					double rattrapage = Math.clamp(absencesParAgent * compte[1] / compte[2], 0.8, 1.25);
					intensite = absencesParAgent / rendement * rattrapage;
				}
				intensite *= te.lognormale(1, 0.3);
				agentsFoisIntensite += effectif * intensite;
				ProfilEmployeur profil = new ProfilEmployeur(graine, siret, Referentiels.nomEmployeur(te, types[i]),
						types[i], deptDe[i], effectif, intensite, te.chance(0.1), te.chance(0.5), te.chance(0.85));
				LotEmployeur lot = generateur.generer(profil);
				if (demande.themes()) {
					ecrireAvecThemes(ecrivain, lot, themes.generer(lot, graine));
				}
				else {
					ecrivain.ecrire(lot);
				}
				compte[0]++;
				compte[1] += lot.agents().size();
				compte[2] += lot.absences().size();
				compte[3] += lot.paies().size();
			}
		}
		return new Bilan(compte[0], compte[1], compte[2], compte[3]);
	}

	/**
	 * Le lot, ses agents suivis de leurs colonnes facultatives, puis ses fichiers
	 * facultatifs.
	 */
	public static void ecrireAvecThemes(Ecrivain e, LotEmployeur lot, ThemesGeneres t) throws IOException {
		e.ecrire(Nature.COLLECTIVITES, Lignes.ligne(lot.collectivite()));
		for (AgentGenere a : lot.agents()) {
			Object[] base = Lignes.ligne(a);
			Object[] extra = t.colonnesAgents().get(a.matricule());
			Object[] ligne = java.util.Arrays.copyOf(base, base.length + extra.length);
			System.arraycopy(extra, 0, ligne, base.length, extra.length);
			e.ecrire(Nature.AGENTS, ligne);
		}
		for (AbsenceGeneree a : lot.absences()) {
			e.ecrire(Nature.ABSENCES, Lignes.ligne(a));
		}
		for (PaieGeneree p : lot.paies()) {
			e.ecrire(Nature.REMUNERATIONS, Lignes.ligne(p));
		}
		for (var f : t.lignes().entrySet()) {
			for (Object[] l : f.getValue()) {
				e.ecrire(f.getKey(), l);
			}
		}
	}

}
