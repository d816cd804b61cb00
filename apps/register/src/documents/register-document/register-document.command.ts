import type { RegisterDocument } from '@register/domain';
import { WriteCommand } from '../../write-side/write-command';
import type { RegisterDocumentResult } from './register-document.result';

/** POST /documents; `id` is null when the client left the choice to the service. */
export type RegisterDocumentInput = Omit<RegisterDocument['data'], 'id'> & { readonly id: string | null };

export class RegisterDocumentCommand extends WriteCommand<RegisterDocumentInput, RegisterDocumentResult> {}
