package fr.cdg.rsu.rapport.pdf;

/**
 * Le paquet XMP d'un document : Dublin Core (titre, auteur, sujet, langue), mots clés et
 * producteur, dates, et les identifiants de conformité PDF/A-2a et PDF/UA-1. Le schéma
 * pdfuaid n'est pas de ceux que PDF/A connaît : il est décrit dans une extension, sans
 * quoi un valideur PDF/A refuse la propriété.
 */
final class Xmp {

	private Xmp() {
	}

	static String ecrire(String titre, String auteur, String sujet, String motsCles, String producteur, String date) {
		return """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				  <rdf:Description rdf:about=""
				    xmlns:dc="http://purl.org/dc/elements/1.1/"
				    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
				    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
				    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
				    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
				    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
				    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
				    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
				   <dc:format>application/pdf</dc:format>
				   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
				   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
				   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
				   <dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>
				   <pdf:Keywords>%s</pdf:Keywords>
				   <pdf:Producer>%s</pdf:Producer>
				   <xmp:CreatorTool>rsu-syntheses</xmp:CreatorTool>
				   <xmp:CreateDate>%s</xmp:CreateDate>
				   <xmp:ModifyDate>%s</xmp:ModifyDate>
				   <xmp:MetadataDate>%s</xmp:MetadataDate>
				   <pdfaid:part>2</pdfaid:part>
				   <pdfaid:conformance>A</pdfaid:conformance>
				   <pdfuaid:part>1</pdfuaid:part>
				   <pdfaExtension:schemas>
				    <rdf:Bag>
				     <rdf:li rdf:parseType="Resource">
				      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
				      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
				      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
				      <pdfaSchema:property>
				       <rdf:Seq>
				        <rdf:li rdf:parseType="Resource">
				         <pdfaProperty:name>part</pdfaProperty:name>
				         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
				         <pdfaProperty:category>internal</pdfaProperty:category>
				         <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
				        </rdf:li>
				       </rdf:Seq>
				      </pdfaSchema:property>
				     </rdf:li>
				    </rdf:Bag>
				   </pdfaExtension:schemas>
				  </rdf:Description>
				 </rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="w"?>"""
			.formatted(xml(titre), xml(auteur), xml(sujet), xml(motsCles), xml(producteur), date, date, date);
	}

	private static String xml(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
