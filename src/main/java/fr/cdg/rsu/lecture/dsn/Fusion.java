package fr.cdg.rsu.lecture.dsn;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.domaine.Sexe;
import fr.cdg.rsu.lecture.EntreeInvalideException;
import org.jspecify.annotations.Nullable;

/**
 * Second passage sur un fichier DSN : les déclarations gardées y sont relues bloc par
 * bloc, chaque individu est reconstitué (contrats, arrêts, fins, suspensions, versements)
 * puis versé dans l'état de son employeur. Un seul individu est en mémoire à la fois. Une
 * valeur illisible rejette sa rubrique ; le reste du bloc sert encore.
 */
final class Fusion {

	private final Path chemin;

	private final int rangFichier;

	private final Journal.BilanFichier bilan;

	private final Journal journal;

	private final List<Declaration> declarations;

	private final Map<String, EtatEmployeur> employeurs;

	private final int annee;

	/**
	 * Les employeurs du groupe en cours : les déclarations des autres sont sautées à ce
	 * passage.
	 */
	private final java.util.Set<String> sirets;

	private @Nullable Declaration courante;

	private @Nullable EtatEmployeur employeur;

	private @Nullable Individu individu;

	private Individu.@Nullable Contrat contrat;

	private Individu.@Nullable Versement versement;

	private Individu.@Nullable Base base;

	private Individu.@Nullable Remuneration remuneration;

	private Individu.@Nullable Prime prime;

	private Individu.@Nullable Cotisation cotisation;

	private Individu.@Nullable Arret arret;

	private Individu.@Nullable Fin fin;

	private Individu.@Nullable Suspension suspension;

	private String blocCourant = "";

	private int dernierNumero;

	/** Bloc sans parent : ses lignes sont sautées jusqu'au bloc suivant. */
	private boolean blocOrphelin;

	Fusion(Path chemin, int rangFichier, Journal.BilanFichier bilan, Journal journal, List<Declaration> declarations,
			Map<String, EtatEmployeur> employeurs, int annee, java.util.Set<String> sirets) {
		this.sirets = sirets;
		this.chemin = chemin;
		this.rangFichier = rangFichier;
		this.bilan = bilan;
		this.journal = journal;
		this.declarations = declarations;
		this.employeurs = employeurs;
		this.annee = annee;
	}

	void fusionner() {
		int rangDeclaration = -1;
		try (LectureLignesDsn lecture = new LectureLignesDsn(chemin)) {
			LigneDsn l;
			while ((l = lecture.suivante()) != null) {
				if (l.estMalFormee()) {
					continue;
				}
				String bloc = l.bloc();
				int numero = l.numeroRubrique();
				boolean nouveau = !bloc.equals(blocCourant) || numero <= dernierNumero;
				blocCourant = bloc;
				dernierNumero = numero;
				if (l.rubrique().equals("S20.G00.05.001")) {
					finirIndividu();
					rangDeclaration++;
					Declaration d = rangDeclaration < declarations.size() ? declarations.get(rangDeclaration) : null;
					courante = d != null && d.sort == Declaration.Sort.GARDEE && sirets.contains(d.siret()) ? d : null;
					employeur = courante == null ? null : employeur(courante);
					continue;
				}
				if (courante == null) {
					continue;
				}
				if (bloc.startsWith("S90") || bloc.startsWith("S10")) {
					finirIndividu();
					courante = null;
					continue;
				}
				if (nouveau) {
					ouvrir(bloc, l);
				}
				if (!blocOrphelin) {
					rubrique(l);
				}
			}
			finirIndividu();
		}
		catch (IOException ex) {
			throw new EntreeInvalideException("Fichier DSN illisible : " + bilan.nom + " (" + ex.getMessage() + ")");
		}
	}

	private EtatEmployeur employeur(Declaration d) {
		EtatEmployeur e = employeurs.computeIfAbsent(d.siretRetenu(), s -> new EtatEmployeur(s, annee));
		long cle = (long) d.rang << 32;
		if (d.emetteur != null && cle >= e.cleEmetteur) {
			e.emetteur = d.emetteur;
			e.cleEmetteur = cle;
		}
		if (d.janvierSuivant) {
			e.janvierSuivantUtilise = true;
		}
		else {
			e.mois.add(d.mois().getMonthValue());
		}
		e.fichiers.add(bilan.nom);
		return e;
	}

	/**
	 * Une nouvelle occurrence de bloc : elle se range sous le plus proche bloc parent qui
	 * la précède.
	 */
	private void ouvrir(String bloc, LigneDsn l) {
		blocOrphelin = false;
		switch (bloc) {
			case "S21.G00.30" -> {
				finirIndividu();
				individu = new Individu(l.numero());
			}
			case "S21.G00.40" -> {
				if (exigerParent(individu != null, l, "bloc 40 (contrat) hors d'un individu")) {
					contrat = new Individu.Contrat(l.numero());
					ouvert(individu).contrats.add(contrat);
				}
			}
			case "S21.G00.60" -> {
				if (exigerParent(contrat != null, l, "bloc 60 (arrêt) hors d'un contrat")) {
					arret = new Individu.Arret(l.numero());
					ouvert(contrat).arrets.add(arret);
				}
			}
			case "S21.G00.62" -> {
				if (exigerParent(contrat != null, l, "bloc 62 (fin de contrat) hors d'un contrat")) {
					fin = new Individu.Fin(l.numero());
					ouvert(contrat).fins.add(fin);
				}
			}
			case "S21.G00.65" -> {
				if (exigerParent(contrat != null, l, "bloc 65 (suspension) hors d'un contrat")) {
					suspension = new Individu.Suspension(l.numero());
					ouvert(contrat).suspensions.add(suspension);
				}
			}
			case "S21.G00.50" -> {
				if (exigerParent(individu != null, l, "bloc 50 (versement) hors d'un individu")) {
					versement = new Individu.Versement();
					ouvert(individu).versements.add(versement);
					base = null;
				}
			}
			case "S21.G00.51" -> {
				if (exigerParent(versement != null, l, "bloc 51 (rémunération) hors d'un versement")) {
					remuneration = new Individu.Remuneration();
					ouvert(versement).remunerations.add(remuneration);
				}
			}
			case "S21.G00.52" -> {
				if (exigerParent(versement != null, l, "bloc 52 (prime) hors d'un versement")) {
					prime = new Individu.Prime();
					ouvert(versement).primes.add(prime);
				}
			}
			case "S21.G00.78" -> {
				if (exigerParent(versement != null, l, "bloc 78 (base assujettie) hors d'un versement")) {
					base = new Individu.Base();
					ouvert(versement).bases.add(base);
				}
			}
			case "S21.G00.81" -> {
				if (exigerParent(base != null, l, "bloc 81 (cotisation) hors d'un bloc 78")) {
					cotisation = new Individu.Cotisation();
					ouvert(base).cotisations.add(cotisation);
				}
			}
			default -> {
				// blocs 05, 06, 11, 54, 58, 66, 71... : rien à construire
			}
		}
	}

	private boolean exigerParent(boolean present, LigneDsn l, String motif) {
		if (!present) {
			journal.rejeter(bilan, l.numero(), l.rubrique(), l.valeur(), motif + " : bloc ignoré",
					employeur == null ? null : employeur.siret);
			blocOrphelin = true;
		}
		return present;
	}

	private void rubrique(LigneDsn l) {
		String v = l.valeur();
		switch (l.rubrique()) {
			case "S21.G00.30.001" -> ouvert(individu).nir = v;
			case "S21.G00.30.020" -> ouvert(individu).ntt = v;
			case "S21.G00.30.019" -> ouvert(individu).matricule = v;
			case "S21.G00.30.005" -> ouvert(individu).sexe = v;
			case "S21.G00.30.006" -> ouvert(individu).naissance = v;
			case "S21.G00.40.001" -> ouvert(contrat).debut = date(l);
			case "S21.G00.40.005" -> ouvert(contrat).grade = v;
			case "S21.G00.40.079" -> ouvert(contrat).gradeAutre = v;
			case "S21.G00.40.007" -> ouvert(contrat).nature = v.strip();
			case "S21.G00.40.008" -> ouvert(contrat).dispositif = v.strip();
			case "S21.G00.40.009" -> ouvert(contrat).numero = v;
			case "S21.G00.40.012" -> ouvert(contrat).quotiteReference = montant(l);
			case "S21.G00.40.013" -> ouvert(contrat).quotiteContrat = montant(l);
			case "S21.G00.40.014" -> ouvert(contrat).modaliteTemps = v.strip();
			case "S21.G00.40.021" -> ouvert(contrat).motifRecours = v.strip();
			case "S21.G00.40.026" -> ouvert(contrat).statutEmploi = v.strip();
			case "S21.G00.40.053" -> ouvert(contrat).uniteTravail = v.strip();
			case "S21.G00.40.055" -> ouvert(contrat).tauxTempsPartiel = montant(l);
			case "S21.G00.40.059" -> ouvert(contrat).pointsNbi = montant(l);
			case "S21.G00.60.001" -> ouvert(arret).motif = v;
			case "S21.G00.60.002" -> ouvert(arret).dernierJourTravaille = date(l);
			case "S21.G00.60.003" -> ouvert(arret).finPrevisionnelle = date(l);
			case "S21.G00.60.010" -> ouvert(arret).reprise = date(l);
			case "S21.G00.62.001" -> ouvert(fin).date = date(l);
			case "S21.G00.62.002" -> ouvert(fin).motif = v.strip();
			case "S21.G00.65.001" -> ouvert(suspension).code = v;
			case "S21.G00.65.002" -> ouvert(suspension).debut = date(l);
			case "S21.G00.65.003" -> ouvert(suspension).fin = date(l);
			case "S21.G00.51.001" -> ouvert(remuneration).debutPeriode = date(l);
			case "S21.G00.51.010" -> ouvert(remuneration).contrat = v;
			case "S21.G00.51.011" -> ouvert(remuneration).type = v;
			case "S21.G00.51.012" -> ouvert(remuneration).nombreHeures = montant(l);
			case "S21.G00.51.013" -> ouvert(remuneration).montant = montant(l);
			case "S21.G00.52.001" -> ouvert(prime).type = v;
			case "S21.G00.52.002" -> ouvert(prime).montant = montant(l);
			case "S21.G00.52.003" -> ouvert(prime).debutRattachement = date(l);
			case "S21.G00.52.006" -> ouvert(prime).contrat = v;
			case "S21.G00.78.002" -> ouvert(base).debutPeriode = date(l);
			case "S21.G00.81.001" -> ouvert(cotisation).code = v.strip();
			case "S21.G00.81.003" -> ouvert(cotisation).montant = montant(l);
			default -> {
				// rubrique que la lecture n'utilise pas
			}
		}
	}

	/**
	 * Le bloc de la rubrique : {@link #ouvrir} l'a créé à sa première ligne, ou a marqué
	 * le bloc orphelin (ses lignes ne viennent pas jusqu'ici).
	 */
	private static <T> T ouvert(@Nullable T bloc) {
		if (bloc == null) {
			throw new IllegalStateException("rubrique DSN hors de son bloc");
		}
		return bloc;
	}

	private @Nullable LocalDate date(LigneDsn l) {
		LocalDate d = DatesDsn.date(l.valeur());
		if (d == null && !l.valeur().isEmpty()) {
			journal.rejeter(bilan, l.numero(), l.rubrique(), l.valeur(), "date illisible (attendu JJMMAAAA)",
					ouvert(employeur).siret);
		}
		return d;
	}

	private @Nullable BigDecimal montant(LigneDsn l) {
		BigDecimal m = DatesDsn.montant(l.valeur());
		if (m == null && !l.valeur().isEmpty()) {
			journal.rejeter(bilan, l.numero(), l.rubrique(), l.valeur(),
					"nombre illisible (attendu des chiffres et un point décimal)", ouvert(employeur).siret);
		}
		return m;
	}

	/**
	 * L'individu lu est complet : validé, puis versé dans son employeur, ou rejeté avec
	 * son motif.
	 */
	private void finirIndividu() {
		Individu ind = individu;
		individu = null;
		contrat = null;
		versement = null;
		base = null;
		if (ind == null || courante == null || employeur == null) {
			return;
		}
		employeur.individus++;
		String identite = ind.identite();
		if (identite == null) {
			rejeterIndividu(ind, "S21.G00.30.001", "", "individu sans NIR ni NTT (S21.G00.30.001, S21.G00.30.020)");
			return;
		}
		Sexe sexe;
		String codeSexe = ind.sexe == null ? "" : ind.sexe.strip();
		if (codeSexe.isEmpty()) {
			codeSexe = identite.substring(0, 1);
			sexe = codeSexe.equals("1") ? Sexe.H : codeSexe.equals("2") ? Sexe.F : null;
		}
		else {
			sexe = codeSexe.equals("01") ? Sexe.H : codeSexe.equals("02") ? Sexe.F : null;
		}
		if (sexe == null) {
			rejeterIndividu(ind, "S21.G00.30.005", codeSexe,
					"sexe inconnu (attendu 01 ou 02, ou un NIR commençant par 1 ou 2)");
			return;
		}
		LocalDate naissance = naissance(ind);
		if (naissance == null) {
			rejeterIndividu(ind, "S21.G00.30.006", ind.naissance == null ? "" : ind.naissance,
					"date de naissance absente ou illisible (attendu JJMMAAAA)");
			return;
		}
		ouvert(employeur).verser(ind, identite, sexe, naissance, ouvert(courante), bilan.nom, rangFichier);
	}

	private void rejeterIndividu(Individu ind, String rubrique, String valeur, String motif) {
		ouvert(employeur).individusRejetes++;
		journal.rejeter(bilan, ind.ligne, rubrique, valeur, motif + " : individu écarté de cette déclaration",
				ouvert(employeur).siret);
	}

	/**
	 * Un jour ou un mois {@code 99} (naissance mal connue) devient 01, avec un
	 * avertissement.
	 */
	private @Nullable LocalDate naissance(Individu ind) {
		String v = ind.naissance == null ? "" : ind.naissance.strip();
		if (v.length() != 8 || !DatesDsn.chiffres(v)) {
			return null;
		}
		String jour = v.substring(0, 2);
		String mois = v.substring(2, 4);
		if (jour.equals("99") || mois.equals("99")) {
			journal.avertir(ouvert(employeur).siret, "DSN_NAISSANCE_APPROCHEE",
					bilan.nom + " ligne " + ind.ligne + " : date de naissance " + v + " (jour ou mois 99) lue au 01");
			jour = jour.equals("99") ? "01" : jour;
			mois = mois.equals("99") ? "01" : mois;
		}
		return DatesDsn.date(jour + mois + v.substring(4));
	}

}
