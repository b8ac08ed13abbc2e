package fr.cdg.rsu.lecture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Où se trouve chaque colonne canonique dans les en-têtes d'un fichier, d'après les noms
 * connus et le profil de correspondance. Une colonne obligatoire introuvable arrête la
 * campagne avec la liste des noms acceptés.
 */
public final class Correspondance {

	private final Map<String, Integer> index;

	private final List<String> colonnesInconnues;

	/**
	 * Colonne canonique → son nom pour le service RH, quand l'en-tête du fichier n'est
	 * pas le nom canonique.
	 */
	private final Map<String, String> libelles;

	private Correspondance(Map<String, Integer> index, List<String> colonnesInconnues, Map<String, String> libelles) {
		this.index = index;
		this.colonnesInconnues = colonnesInconnues;
		this.libelles = libelles;
	}

	public static Correspondance etablir(String fichier, TypeFichier type, List<String> entetes, ProfilMapping profil) {
		Map<String, Integer> index = new HashMap<>();
		Set<Integer> utilises = new LinkedHashSet<>();
		List<String> normalises = entetes.stream().map(Entetes::normaliser).toList();
		for (TypeFichier.Colonne colonne : type.colonnes()) {
			for (String nom : nomsAcceptes(type, colonne, profil)) {
				int i = normalises.indexOf(nom);
				if (i >= 0 && !utilises.contains(i)) {
					index.put(colonne.nom(), i);
					utilises.add(i);
					break;
				}
			}
			if (colonne.obligatoire() && !index.containsKey(colonne.nom())) {
				throw new EntreeInvalideException("Fichier " + fichier + " : colonne obligatoire « " + colonne.nom()
						+ " » introuvable. Noms acceptés : "
						+ String.join(", ", libellesAcceptes(type, colonne, profil)) + ". En-têtes trouvés : "
						+ apercu(entetes) + ".");
			}
		}
		List<String> inconnues = new ArrayList<>();
		for (int i = 0; i < entetes.size(); i++) {
			if (!utilises.contains(i) && !entetes.get(i).isBlank()) {
				inconnues.add(entetes.get(i));
			}
		}
		Map<String, String> libelles = new LinkedHashMap<>();
		for (TypeFichier.Colonne colonne : type.colonnes()) {
			Integer i = index.get(colonne.nom());
			String libelle = i == null ? colonne.nom() : libelle(colonne.nom(), entetes.get(i));
			if (!libelle.equals(colonne.nom())) {
				libelles.put(colonne.nom(), libelle);
			}
		}
		return new Correspondance(index, inconnues, libelles);
	}

	/**
	 * Le nom d'une colonne tel que le service RH le lit dans son fichier : son en-tête,
	 * suivi du nom canonique entre parenthèses quand ils diffèrent autrement que par la
	 * casse ou les séparateurs ({@code Genre (sexe)}, {@code Date de naissance},
	 * {@code sexe}).
	 */
	static String libelle(String colonne, String entete) {
		String e = Textes.nettoyer(entete);
		if (e.isEmpty() || e.equals(colonne)) {
			return colonne;
		}
		return Entetes.normaliser(e).equals(Entetes.normaliser(colonne)) ? e : e + " (" + colonne + ")";
	}

	/**
	 * Les en-têtes trouvés, bornés : un fichier binaire ou de 10 000 colonnes ne doit pas
	 * noyer le message.
	 */
	private static String apercu(List<String> entetes) {
		int montres = Math.min(entetes.size(), 30);
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < montres; i++) {
			String e = Textes.nettoyer(entetes.get(i));
			sb.append(i == 0 ? "" : " | ").append(e.length() > 40 ? e.substring(0, 40) + "…" : e);
		}
		if (entetes.size() > montres) {
			sb.append(" | … (").append(entetes.size()).append(" colonnes en tout)");
		}
		return sb.toString();
	}

	private static List<String> nomsAcceptes(TypeFichier type, TypeFichier.Colonne colonne, ProfilMapping profil) {
		List<String> noms = new ArrayList<>(profil.nomsDeColonne(type, colonne.nom()));
		noms.add(Entetes.normaliser(colonne.nom()));
		colonne.alias().forEach(a -> noms.add(Entetes.normaliser(a)));
		return noms;
	}

	private static List<String> libellesAcceptes(TypeFichier type, TypeFichier.Colonne colonne, ProfilMapping profil) {
		List<String> libelles = new ArrayList<>();
		libelles.add(colonne.nom());
		libelles.addAll(colonne.alias());
		libelles.addAll(profil.nomsDeColonne(type, colonne.nom()));
		return libelles;
	}

	/** Index de la colonne dans la ligne, ou -1 si le fichier ne l'a pas. */
	public int index(String colonne) {
		return index.getOrDefault(colonne, -1);
	}

	public boolean contient(String colonne) {
		return index.containsKey(colonne);
	}

	/**
	 * Les colonnes dont l'en-tête du fichier n'est pas le nom canonique, et leur nom pour
	 * le service RH ({@link #libelle(String, String)}).
	 */
	public Map<String, String> libelles() {
		return libelles;
	}

	/** En-têtes ignorés, pour le rapport qualité. */
	public List<String> colonnesInconnues() {
		return colonnesInconnues;
	}

}
