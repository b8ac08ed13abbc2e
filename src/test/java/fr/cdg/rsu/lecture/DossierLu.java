package fr.cdg.rsu.lecture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cdg.rsu.domaine.Absence;
import fr.cdg.rsu.domaine.Agent;
import fr.cdg.rsu.domaine.Collectivite;
import fr.cdg.rsu.domaine.LignePaie;
import fr.cdg.rsu.domaine.themes.EnregistrementFacultatif;
import fr.cdg.rsu.domaine.themes.SituationAgent;

/**
 * Un dossier d'entrée lu en mémoire, sans base ni Spring : les lignes acceptées de chaque
 * employeur, fichiers facultatifs compris, puis assemblées comme le fait le job (fichiers
 * transmis export par export). Pour les tests qui calculent sur les échantillons ou sur
 * un lot généré.
 *
 * @param rejetees les lignes rejetées à la lecture
 */
public record DossierLu(Map<String, Collectivite> collectivites, Map<String, List<Origine<Agent>>> agents,
		Map<String, List<Origine<Absence>>> absences, Map<String, List<Origine<LignePaie>>> paies,
		Map<String, LignesFacultatives> facultatives, FichiersTransmis transmis, List<LigneLue> rejetees) {

	public static DossierLu lire(Path entree, int annee) throws Exception {
		var inventaire = InventaireEntrees.inventorier(entree, null, null);
		DossierLu d = new DossierLu(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
				new LinkedHashMap<>(), new LinkedHashMap<>(), FichiersTransmis.depuis(inventaire.fichiers()),
				new ArrayList<>());
		try (LecteurEntrees lecteur = new LecteurEntrees(inventaire.fichiers(), annee)) {
			LigneLue l;
			while ((l = lecteur.suivante()) != null) {
				if (!(l instanceof LigneLue.Acceptee a)) {
					d.rejetees.add(l);
					continue;
				}
				switch (a.enregistrement()) {
					case Collectivite c -> d.collectivites.putIfAbsent(c.siret(), c);
					case Agent g -> {
						d.agents.computeIfAbsent(g.siret(), k -> new ArrayList<>())
							.add(new Origine<>(g, a.fichier(), a.ligne()));
						if (a.complement() instanceof SituationAgent s) {
							d.facultatives(g.siret()).ajouter(s, a.fichier(), a.ligne());
						}
					}
					case Absence b -> d.absences.computeIfAbsent(b.siret(), k -> new ArrayList<>())
						.add(new Origine<>(b, a.fichier(), a.ligne()));
					case LignePaie p -> d.paies.computeIfAbsent(p.siret(), k -> new ArrayList<>())
						.add(new Origine<>(p, a.fichier(), a.ligne()));
					case EnregistrementFacultatif f -> d.facultatives(f.siret()).ajouter(f, a.fichier(), a.ligne());
					default -> throw new IllegalStateException("enregistrement inattendu : " + a.enregistrement());
				}
			}
		}
		return d;
	}

	private LignesFacultatives facultatives(String siret) {
		return facultatives.computeIfAbsent(siret, k -> LignesFacultatives.vides());
	}

	/** Chaque employeur qui a des agents, assemblé avec ce que son export transmet. */
	public List<AssemblageEmployeur.Assemblage> assembler(int annee) {
		List<AssemblageEmployeur.Assemblage> r = new ArrayList<>();
		agents.forEach((siret, lignes) -> {
			Collectivite c = collectivites.get(siret);
			if (c == null) {
				throw new IllegalStateException("employeur sans ligne collectivites : " + siret);
			}
			String fichierAgents = lignes.getFirst().fichier();
			r.add(AssemblageEmployeur.assembler(c, annee, lignes, absences.getOrDefault(siret, List.of()),
					paies.getOrDefault(siret, List.of()), transmis.absencesTransmises(fichierAgents),
					transmis.remunerationsTransmises(fichierAgents),
					facultatives.getOrDefault(siret, LignesFacultatives.aucune())
						.avecTransmis(transmis.facultatifsTransmis(fichierAgents))));
		});
		return r;
	}

}
