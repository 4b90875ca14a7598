package cn.overloadcontrol.device.camera;

import cn.overloadcontrol.device.CameraPushException;
import cn.overloadcontrol.device.CameraPushException.Code;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * XML from a camera, read by local element names because the namespace changes between
 * firmware versions. DOCTYPE declarations are rejected, so no external entity is ever resolved.
 */
final class XmlDocument {

    private final Element root;

    private XmlDocument(Element root) {
        this.root = root;
    }

    static XmlDocument parse(byte[] xml) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return new XmlDocument(builder.parse(new ByteArrayInputStream(xml)).getDocumentElement());
        } catch (SAXException | IOException e) {
            throw new CameraPushException(Code.INVALID_XML, "invalid XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    String rootName() {
        return localName(root);
    }

    /**
     * Returns the trimmed text at a path of local names below the root, such as
     * {@code "ANPR", "licensePlate"}, or the empty string when an element is missing.
     */
    String text(String... path) {
        Element element = root;
        for (String name : path) {
            element = child(element, name);
            if (element == null) {
                return "";
            }
        }
        return element.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName(element).equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }
}
