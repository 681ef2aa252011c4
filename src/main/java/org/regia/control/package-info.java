/**
 * Management control and the regional innovation plan: planning documents (orientation notes, yearly policy letters,
 * the innovation plan), their pillars/axes and bodies, the tree of strategic objectives, operational objectives and
 * actions, KPIs with typed threshold bands, dated observations and the colours computed from them, roll-up of colours
 * up the tree, the yearly realisation and planning blocks, the import of the sources' content, the documents
 * generated from it (policy letter and Annex 1) and KPIs bound to platform data.
 */
package org.regia.control;
