package fr.cdg.rsu.indicateurs.employeur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import fr.cdg.rsu.domaine.DonneesEmployeur;
import fr.cdg.rsu.domaine.themes.FichierFacultatif;
import fr.cdg.rsu.domaine.themes.ListeDeCodes;
import fr.cdg.rsu.domaine.themes.ReponsesEmployeur;
import fr.cdg.rsu.domaine.themes.RubriqueEmployeur;
import fr.cdg.rsu.indicateurs.ResultatEmployeur;
import fr.cdg.rsu.indicateurs.Theme;
import fr.cdg.rsu.indicateurs.themes.Case;
import fr.cdg.rsu.indicateurs.themes.Ecriture;

/**
 * Les réponses de l'employeur, une ligne par rubrique renseignée (population vide :
 * l'employeur) : les comptes et montants tels que déclarés, les oui / non en 1 / 0 (les
 * documents impriment ✓ / ✗), les codes en une ligne par code possible de la liste (1
 * pour le ou les codes choisis, 0 pour les autres : « la CDG assure l'ACFI » se lit sans
 * deviner les autres). Une rubrique vide n'a pas de ligne : « non renseigné », jamais «
 * non ».
 *
 * <p>
 * La date de mise à jour du document unique devient son ancienneté au 31/12 en mois et un
 * oui / non « mis à jour dans l'année » (le format long ne porte que des nombres) ; les
 * dépenses de prévention sont aussi rapportées à l'effectif au 31/12, pour comparer des
 * employeurs de tailles différentes.
 */
public final class CalculReponsesEmployeur {

	private CalculReponsesEmployeur() {
	}

	public static ResultatEmployeur calculer(DonneesEmployeur donnees) {
		ReponsesEmployeur r = donnees.complements().reponses();
		if (!donnees.complements().transmis(FichierFacultatif.EMPLOYEUR_RSU) || r == null) {
			return new ResultatEmployeur(donnees.siret(), donnees.annee(), List.of(), List.of());
		}
		int annee = donnees.annee();
		Ecriture e = new Ecriture(Theme.EMPLOYEUR);
		Case employeur = Case.ensemble(null);
		long effectif = donnees.agents().stream().filter(a -> a.estPresentAu31Decembre(annee)).count();
		int base = (int) effectif;
		for (RubriqueEmployeur rubrique : RubriqueEmployeur.values()) {
			String ind = rubrique.colonne();
			switch (rubrique.nature()) {
				case NOMBRE, DECIMAL, MONTANT -> {
					BigDecimal v = r.nombres().get(rubrique);
					if (v != null) {
						e.valeur(ind, employeur, "", v, base);
					}
				}
				case OUI_NON -> {
					Boolean v = r.ouiNon().get(rubrique);
					if (v != null) {
						e.valeur(ind, employeur, "", v ? 1 : 0, base);
					}
				}
				case DATE -> {
					LocalDate d = r.duerpDateMaj();
					if (d != null) {
						LocalDate fin = LocalDate.of(annee, 12, 31);
						e.valeur("duerp_anciennete_mois", employeur, "", Math.max(0, ChronoUnit.MONTHS.between(d, fin)),
								base);
						e.valeur("duerp_maj_dans_l_annee", employeur, "", d.getYear() == annee ? 1 : 0, base);
					}
				}
				case CODE, CODES_MULTIPLES -> {
					Set<String> choisis = r.codes().get(rubrique);
					if (choisis != null) {
						for (ListeDeCodes code : rubrique.codes()) {
							e.valeur(ind, Case.de(null, 1, ind, code), "", choisis.contains(code.code()) ? 1 : 0, base);
						}
					}
				}
			}
		}
		BigDecimal depenses = r.nombres().get(RubriqueEmployeur.DEPENSES_PREVENTION);
		if (depenses != null) {
			e.rapport("depenses_prevention_par_agent", employeur, "", depenses, BigDecimal.valueOf(effectif),
					BigDecimal.ONE, base);
		}
		return new ResultatEmployeur(donnees.siret(), annee, e.lignes(), List.of());
	}

}
