/**
 * The tables of the documents read model. Their names carry the schema's
 * version, as the projection's name does (`documents.v2`): they were made when
 * a renamed projection had to replay the log into tables of a new shape.
 * Version 1's tables (`rm_document_versions`, `rm_document_publications`), if
 * a database still has them from before release 88125d7, are left alone. The
 * publications moved to the publications read model (`rm_publication_versions`).
 */
export const DOCUMENT_VERSIONS_TABLE = 'rm_document_versions_v2';
export const DOCUMENT_AMENDMENTS_TABLE = 'rm_document_amendments_v2';
export const DOCUMENT_APPROVALS_TABLE = 'rm_document_approvals_v2';
