// Node only (the extension never imports it): builds a Document from saved HTML for the command
// line, the evaluation tools and the tests.
//
// The tree is parse5's, the HTML standard's parsing algorithm that jsdom uses too, so a page comes out
// as a browser builds it (misnested tags, implied <body>, foster-parented table text). The nodes are
// linkedom's: a light DOM, with no window, style sheets or scripts, that reads the corpus about four
// times faster than jsdom does for the same text and findings. linkedom's own parser is not
// used: it is not the standard's and leaves some real pages with an empty body. One difference from a
// browser remains, and detection does not see it: a class attribute reads as its words, one space apart.
import { DOMParser } from 'linkedom';
import { parse, type DefaultTreeAdapterMap, type TreeAdapter, type TreeAdapterTypeMap, type Token } from 'parse5';

type NodeOf = Node & ParentNode & ChildNode;
type LightTree = TreeAdapterTypeMap<NodeOf, NodeOf, NodeOf, Document, DocumentFragment, Element, Comment, Text, Element, DocumentType>;

type Namespace = DefaultTreeAdapterMap['element']['namespaceURI'];
type DocumentMode = DefaultTreeAdapterMap['document']['mode'];

/**
 * Parses `html` the way a browser would, without running scripts or loading anything. `url` is the
 * page's address, kept as the document's URL for whoever reads it (detection itself does not).
 */
export function parseHtml(html: string, url = 'about:blank'): Document {
  const doc = parse(html, { treeAdapter: linkedomTree(), scriptingEnabled: true });
  Object.defineProperty(doc, 'URL', { value: url });
  return doc;
}

/** parse5's tree-building calls, answered with linkedom nodes; one per parse (it holds the document). */
function linkedomTree(): TreeAdapter<LightTree> {
  let doc: Document;
  const namespaces = new WeakMap<Element, Namespace>();
  const templateContents = new WeakMap<Element, DocumentFragment>();
  const modes = new WeakMap<Document, DocumentMode>();
  const setAttributes = (element: Element, attrs: Token.Attribute[]) => {
    for (const { name, value, prefix } of attrs) {
      const qualified = prefix ? `${prefix}:${name}` : name;
      if (!element.hasAttribute(qualified)) element.setAttribute(qualified, value);
    }
  };
  const NODE = { element: 1, text: 3, comment: 8, doctype: 10 };
  return {
    createDocument() {
      doc = new DOMParser().parseFromString('', 'text/html') as unknown as Document;
      return doc;
    },
    createDocumentFragment: () => doc.createDocumentFragment(),
    createElement(tagName, namespaceURI, attrs) {
      const element = namespaceURI === 'http://www.w3.org/1999/xhtml' ? doc.createElement(tagName) : doc.createElementNS(namespaceURI, tagName);
      namespaces.set(element, namespaceURI);
      setAttributes(element, attrs);
      return element;
    },
    createCommentNode: (data) => doc.createComment(data),
    createTextNode: (value) => doc.createTextNode(value),
    appendChild: (parent, node) => void parent.appendChild(node),
    insertBefore: (parent, node, reference) => void parent.insertBefore(node, reference),
    // Template content is inert: kept apart, as a browser keeps it out of the template's children.
    setTemplateContent: (template, content) => void templateContents.set(template, content),
    getTemplateContent: (template) => templateContents.get(template)!,
    setDocumentType(document, name) {
      // linkedom keeps the doctype as its name.
      (document as unknown as { doctype: string }).doctype = name;
    },
    setDocumentMode: (document, mode) => void modes.set(document, mode),
    getDocumentMode: (document) => modes.get(document) ?? ('no-quirks' as DocumentMode),
    detachNode: (node) => void node.parentNode?.removeChild(node),
    insertText(parent, text) {
      const last = parent.lastChild;
      if (last?.nodeType === NODE.text) (last as Text).data += text;
      else parent.appendChild(doc.createTextNode(text));
    },
    insertTextBefore(parent, text, reference) {
      const previous = reference.previousSibling;
      if (previous?.nodeType === NODE.text) (previous as Text).data += text;
      else parent.insertBefore(doc.createTextNode(text), reference);
    },
    adoptAttributes: setAttributes,
    getFirstChild: (node) => node.firstChild as NodeOf | null,
    getChildNodes: (node) => Array.from(node.childNodes) as NodeOf[],
    getParentNode: (node) => node.parentNode as NodeOf | null,
    getAttrList: (element) => Array.from(element.attributes, ({ name, value }) => ({ name, value })),
    getTagName: (element) => element.localName,
    getNamespaceURI: (element) => namespaces.get(element) ?? ('http://www.w3.org/1999/xhtml' as Namespace),
    getTextNodeContent: (node) => node.data,
    getCommentNodeContent: (node) => node.data,
    getDocumentTypeNodeName: (node) => node.name,
    getDocumentTypeNodePublicId: (node) => node.publicId,
    getDocumentTypeNodeSystemId: (node) => node.systemId,
    isTextNode: (node): node is Text & NodeOf => node.nodeType === NODE.text,
    isCommentNode: (node): node is Comment & NodeOf => node.nodeType === NODE.comment,
    isDocumentTypeNode: (node): node is DocumentType & NodeOf => node.nodeType === NODE.doctype,
    isElementNode: (node): node is Element & NodeOf => node.nodeType === NODE.element,
    setNodeSourceCodeLocation: () => {},
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => {},
  };
}
