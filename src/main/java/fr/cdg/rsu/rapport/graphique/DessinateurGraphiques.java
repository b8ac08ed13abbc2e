package fr.cdg.rsu.rapport.graphique;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

import fr.cdg.rsu.rapport.document.Bloc;
import fr.cdg.rsu.rapport.document.Couleur;
import fr.cdg.rsu.rapport.document.FormatFrancais;
import fr.cdg.rsu.rapport.document.FormeGraphique;
import fr.cdg.rsu.rapport.document.Valeur;
import fr.cdg.rsu.rapport.police.Polices;

/**
 * Dessine un {@link Bloc.Graphique} à plat, avec axes titrés, valeurs écrites au bout des
 * barres en format français, et la police des documents. Une valeur secrète n'est jamais
 * dessinée : sa barre est de longueur nulle et porte l'étiquette {@code s}. Thread-safe :
 * chaque appel construit son graphique et son thème.
 */
public final class DessinateurGraphiques {

	private final Polices polices;

	public DessinateurGraphiques(Polices polices) {
		this.polices = polices;
	}

	public void dessiner(Bloc.Graphique spec, Graphics2D g2, double largeur, double hauteur) {
		JFreeChart chart = construire(spec);
		chart.draw(g2, new Rectangle2D.Double(0, 0, largeur, hauteur));
	}

	JFreeChart construire(Bloc.Graphique spec) {
		boolean pyramide = spec.forme() == FormeGraphique.PYRAMIDE;
		List<String> categories = new ArrayList<>(spec.categories());
		List<Bloc.Serie> series = spec.series();
		// libellés de catégorie uniques (JFreeChart identifie les catégories par leur
		// clé)
		List<String> cles = new ArrayList<>();
		for (String c : categories) {
			String cle = c;
			while (cles.contains(cle)) {
				cle = cle + "\u200B";
			}
			cles.add(cle);
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String[][] etiquettes = new String[series.size()][categories.size()];
		for (int s = 0; s < series.size(); s++) {
			Bloc.Serie serie = series.get(s);
			for (int c = 0; c < categories.size(); c++) {
				Valeur v = serie.valeurs().get(c);
				Number n = switch (v.etat()) {
					case NORMALE -> {
						double x = java.util.Objects.requireNonNull(v.nombre(), "valeur normale sans nombre");
						yield pyramide && s == 0 ? -x : x;
					}
					// ni dessinée ni déduite : une barre de longueur nulle qui porte « s
					// » ou « n.d. »
					case SECRETE, NON_DISPONIBLE, NON_TRANSMISE -> 0.0;
					case ABSENTE -> null;
				};
				etiquettes[s][c] = v.etat() == Valeur.Etat.ABSENTE ? "" : v.texte();
				data.addValue(n, serie.nom(), cles.get(c));
			}
		}
		if (pyramide) {
			// la tranche la plus jeune en bas
			DefaultCategoryDataset inverse = new DefaultCategoryDataset();
			for (int c = categories.size() - 1; c >= 0; c--) {
				for (int s = 0; s < series.size(); s++) {
					inverse.addValue(data.getValue(s, c), data.getRowKey(s), data.getColumnKey(c));
				}
			}
			data = inverse;
			String[][] inv = new String[series.size()][categories.size()];
			for (int s = 0; s < series.size(); s++) {
				for (int c = 0; c < categories.size(); c++) {
					inv[s][c] = etiquettes[s][categories.size() - 1 - c];
				}
			}
			etiquettes = inv;
		}

		boolean horizontal = spec.forme() != FormeGraphique.BARRES;
		CategoryAxis axeCategories = new CategoryAxis(spec.axeCategories());
		NumberAxis axeValeurs = new NumberAxis(spec.axeValeurs());
		BarRenderer renderer = pyramide ? new StackedBarRenderer() : new BarRenderer();
		CategoryPlot plot = new CategoryPlot(data, axeCategories, axeValeurs, renderer);
		plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
		theme().apply(chart);

		// après le thème, qui réinitialise polices et couleurs
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		renderer.setItemMargin(0.05);
		renderer.setMaximumBarWidth(horizontal ? 0.12 : 0.10);
		for (int s = 0; s < series.size(); s++) {
			renderer.setSeriesPaint(s, couleur(series.get(s).couleur()));
		}
		String[][] textes = etiquettes;
		renderer.setDefaultItemLabelGenerator(new Etiquettes(textes));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(polices.awtNormale().deriveFont(Font.PLAIN, 8f));
		renderer.setDefaultItemLabelPaint(new Color(0x22, 0x22, 0x22));
		if (horizontal) {
			renderer.setDefaultPositiveItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
			renderer.setDefaultNegativeItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
		}
		else {
			renderer.setDefaultPositiveItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		}
		renderer.setItemLabelAnchorOffset(3);
		if (pyramide) {
			// la série de gauche (valeurs négatives) : une étiquette « s » de barre nulle
			// s'écrit aussi à gauche
			renderer.setSeriesPositiveItemLabelPosition(0,
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
			// positionnement hors barre aussi pour les barres empilées
			((StackedBarRenderer) renderer).setPositiveItemLabelPositionFallback(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
			((StackedBarRenderer) renderer).setNegativeItemLabelPositionFallback(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
		}

		int decimales = spec.format().decimales();
		axeValeurs.setNumberFormatOverride(new FormatAxe(pyramide, decimales));
		if (decimales == 0) {
			axeValeurs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		}
		axeValeurs.setUpperMargin(horizontal ? 0.22 : 0.15);
		if (pyramide) {
			double max = 1;
			for (int s = 0; s < data.getRowCount(); s++) {
				for (int c = 0; c < data.getColumnCount(); c++) {
					Number n = data.getValue(s, c);
					if (n != null) {
						max = Math.max(max, Math.abs(n.doubleValue()));
					}
				}
			}
			axeValeurs.setRange(-max * 1.3, max * 1.3);
		}
		else {
			axeValeurs.setAutoRangeIncludesZero(true);
		}
		axeCategories.setMaximumCategoryLabelLines(horizontal ? 2 : 3);
		axeCategories.setCategoryMargin(horizontal ? 0.25 : 0.2);
		axeCategories.setLowerMargin(0.03);
		axeCategories.setUpperMargin(0.03);
		if (!horizontal) {
			axeCategories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		}
		if (horizontal && !pyramide) {
			axeCategories.setMaximumCategoryLabelWidthRatio(0.32f);
		}
		LegendTitle legende = chart.getLegend();
		if (legende != null) {
			legende.setPosition(RectangleEdge.BOTTOM);
			legende.setFrame(BlockBorder.NONE);
		}
		chart.setPadding(new RectangleInsets(2, 2, 2, 8));
		return chart;
	}

	private StandardChartTheme theme() {
		StandardChartTheme t = new StandardChartTheme("RSU", false);
		Font f = polices.awtNormale();
		t.setExtraLargeFont(polices.awtGrasse().deriveFont(Font.BOLD, 12f));
		t.setLargeFont(polices.awtGrasse().deriveFont(Font.BOLD, 9f));
		t.setRegularFont(f.deriveFont(Font.PLAIN, 8.5f));
		t.setSmallFont(f.deriveFont(Font.PLAIN, 8f));
		t.setChartBackgroundPaint(Color.WHITE);
		t.setPlotBackgroundPaint(Color.WHITE);
		t.setPlotOutlinePaint(Color.WHITE);
		t.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		t.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		t.setAxisLabelPaint(new Color(0x33, 0x33, 0x33));
		t.setTickLabelPaint(new Color(0x33, 0x33, 0x33));
		t.setLegendBackgroundPaint(Color.WHITE);
		t.setLegendItemPaint(new Color(0x22, 0x22, 0x22));
		t.setItemLabelPaint(new Color(0x22, 0x22, 0x22));
		t.setBarPainter(new StandardBarPainter());
		t.setShadowVisible(false);
		t.setAxisOffset(RectangleInsets.ZERO_INSETS);
		t.setBaselinePaint(new Color(0x88, 0x88, 0x88));
		return t;
	}

	private static Color couleur(Couleur c) {
		return new Color(c.rouge(), c.vert(), c.bleu());
	}

	/** Les étiquettes déjà mises en forme par le document (dont {@code s}). */
	@SuppressWarnings("ArrayRecordComponent") // jamais comparé : JFreeChart ne fait que
												// lire les textes
	private record Etiquettes(String[][] textes) implements CategoryItemLabelGenerator {

		@Override
		public @Nullable String generateRowLabel(CategoryDataset dataset, int row) {
			return dataset.getRowKey(row).toString();
		}

		@Override
		public @Nullable String generateColumnLabel(CategoryDataset dataset, int column) {
			return dataset.getColumnKey(column).toString();
		}

		@Override
		public @Nullable String generateLabel(CategoryDataset dataset, int row, int column) {
			String t = textes[row][column];
			return t == null || t.isEmpty() ? null : t;
		}

	}

	/**
	 * Graduations de l'axe des valeurs en format français (valeur absolue pour la
	 * pyramide).
	 */
	private static final class FormatAxe extends NumberFormat {

		private static final long serialVersionUID = 1L;

		private final boolean absolu;

		private final int decimalesMax;

		FormatAxe(boolean absolu, int decimalesMax) {
			this.absolu = absolu;
			this.decimalesMax = decimalesMax;
		}

		@Override
		public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
			double v = absolu ? Math.abs(number) : number;
			BigDecimal b = BigDecimal.valueOf(v)
				.setScale(Math.max(decimalesMax, 2), java.math.RoundingMode.HALF_UP)
				.stripTrailingZeros();
			int d = Math.max(0, Math.min(Math.max(decimalesMax, 2), b.scale()));
			return toAppendTo.append(FormatFrancais.nombre(b, d));
		}

		@Override
		public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
			return format((double) number, toAppendTo, pos);
		}

		@Override
		public @Nullable Number parse(String source, ParsePosition parsePosition) {
			return null;
		}

	}

}
