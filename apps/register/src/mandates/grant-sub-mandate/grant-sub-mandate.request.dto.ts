import { MandateTermsRequestDto } from '../shared/mandate-terms.request.dto';

/** POST /mandates/{id}/sub-mandates: as POST /mandates without grantor, which is the parent's grantee. */
export class GrantSubMandateRequestDto extends MandateTermsRequestDto {}
