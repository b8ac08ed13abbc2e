package fr.cdg.rsu.rapport.graphique;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import fr.cdg.rsu.rapport.document.Bloc;
import fr.cdg.rsu.rapport.document.Couleur;
import fr.cdg.rsu.rapport.document.FormatNombre;
import fr.cdg.rsu.rapport.document.FormeGraphique;
import fr.cdg.rsu.rapport.document.Valeur;
import fr.cdg.rsu.rapport.police.Polices;

/**
 * Une valeur secrète n'est jamais dessinée d'après sa valeur : barre nulle et étiquette «
 * s ».
 */
class DessinateurGraphiquesTest {

	private static final DessinateurGraphiques DESSINATEUR = new DessinateurGraphiques(Polices.charger());

	private static Bloc.Graphique graphique(FormeGraphique forme, List<Valeur> femmes, List<Valeur> hommes) {
		return new Bloc.Graphique("titre", forme, List.of("A", "B", "C"),
				List.of(new Bloc.Serie("Femmes", femmes, new Couleur(1, 2, 3)),
						new Bloc.Serie("Hommes", hommes, new Couleur(4, 5, 6))),
				"Catégorie", "Euros", FormatNombre.EUROS, 200, null);
	}

	@Test
	void uneValeurSecreteNEstPasDessinee() {
		Bloc.Graphique g = graphique(FormeGraphique.BARRES,
				List.of(Valeur.normale(new BigDecimal("30864"), FormatNombre.EUROS), Valeur.secrete(),
						Valeur.absente()),
				List.of(Valeur.normale(new BigDecimal("31000"), FormatNombre.EUROS), Valeur.nonDisponible(),
						Valeur.normale(new BigDecimal("28000"), FormatNombre.EUROS)));
		JFreeChart chart = DESSINATEUR.construire(g);
		CategoryPlot plot = chart.getCategoryPlot();
		CategoryDataset data = plot.getDataset();
		assertThat(data.getValue(0, 0).doubleValue()).isEqualTo(30864);
		assertThat(data.getValue(0, 1).doubleValue()).isZero();
		assertThat(data.getValue(0, 2)).isNull();
		assertThat(data.getValue(1, 1).doubleValue()).isZero();
		var etiquettes = plot.getRenderer().getDefaultItemLabelGenerator();
		assertThat(etiquettes.generateLabel(data, 0, 0)).isEqualTo("30\u202F864\u00A0€");
		assertThat(etiquettes.generateLabel(data, 0, 1)).isEqualTo("s");
		assertThat(etiquettes.generateLabel(data, 1, 1)).isEqualTo("n.d.");
		assertThat(etiquettes.generateLabel(data, 0, 2)).isNull();
	}

	@Test
	void laPyramideMetLesFemmesAGaucheEtLesPlusJeunesEnBas() {
		Bloc.Graphique g = graphique(FormeGraphique.PYRAMIDE,
				List.of(Valeur.normale(BigDecimal.ONE, FormatNombre.ENTIER),
						Valeur.normale(BigDecimal.TWO, FormatNombre.ENTIER), Valeur.secrete()),
				List.of(Valeur.normale(BigDecimal.TEN, FormatNombre.ENTIER),
						Valeur.normale(BigDecimal.TEN, FormatNombre.ENTIER),
						Valeur.normale(BigDecimal.ONE, FormatNombre.ENTIER)));
		CategoryDataset data = DESSINATEUR.construire(g).getCategoryPlot().getDataset();
		assertThat(data.getColumnKeys()).containsExactly("C", "B", "A");
		assertThat(data.getValue(0, 2).doubleValue()).isEqualTo(-1);
		assertThat(data.getValue(0, 0).doubleValue()).isZero();
	}

	@Test
	void leDessinEstSansEtatPartageEntreFils() throws Exception {
		Bloc.Graphique g = graphique(FormeGraphique.BARRES_HORIZONTALES,
				List.of(Valeur.normale(BigDecimal.ONE, FormatNombre.ENTIER), Valeur.secrete(), Valeur.absente()),
				List.of(Valeur.normale(BigDecimal.TEN, FormatNombre.ENTIER), Valeur.absente(), Valeur.absente()));
		Runnable dessin = () -> {
			BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
			Graphics2D g2 = img.createGraphics();
			for (int i = 0; i < 20; i++) {
				DESSINATEUR.dessiner(g, g2, 400, 200);
			}
			g2.dispose();
		};
		Thread[] fils = new Thread[4];
		for (int i = 0; i < fils.length; i++) {
			fils[i] = new Thread(dessin);
			fils[i].start();
		}
		for (Thread t : fils) {
			t.join();
		}
		assertThat(DESSINATEUR.construire(g).getCategoryPlot().getRenderer().getSeriesPaint(0))
			.isEqualTo(new java.awt.Color(1, 2, 3));
	}

}
