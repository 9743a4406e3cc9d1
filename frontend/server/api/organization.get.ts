import type { Organization } from 'cms';

export interface OrganizationResponse {
  /** null until the space's organization has been created in the CMS. */
  organization: Organization | null;
}

/** The space's organization: name and branding for the layout. */
export default defineEventHandler(async (event): Promise<OrganizationResponse> => {
  try {
    return { organization: await cachedRead(event, 'organization', 'public', () => organization(event)) };
  } catch (error) {
    cmsFailure(error, 'organization');
  }
});
