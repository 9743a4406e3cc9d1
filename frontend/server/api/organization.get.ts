import type { Organization } from 'cms';

export interface OrganizationResponse {
  /** null until the space's organization has been created in the CMS. */
  organization: Organization | null;
}

/** The space's organization: name and branding for the layout. */
export default defineCachedEventHandler(
  async (event): Promise<OrganizationResponse> => {
    try {
      return { organization: await useCms(event).getOrganization() };
    } catch (error) {
      cmsFailure(error, 'organization');
    }
  },
  { name: 'api-organization', maxAge: PUBLIC_CACHE_MAX_AGE, swr: true },
);
