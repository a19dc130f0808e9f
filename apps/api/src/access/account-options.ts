/** What the account routes need to know about the deployment. */
export interface AccountRouteOptions {
  /** NODE_ENV=production: session cookies are always Secure. */
  production: boolean;
  /** Where people open Liaison (PUBLIC_URL), for invitation links; default: the origin the request was sent to. */
  publicUrl?: string;
  now: () => Date;
}
