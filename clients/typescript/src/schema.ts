// Generated from the Recourse native API's OpenAPI document by clients/typescript/scripts/generate.ts. Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in to the console (sets an httpOnly session cookie) */
        post: operations["createConsoleSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portal/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find an order by number and email and open a short-lived portal session */
        post: operations["createPortalSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List stores the key can see */
        get: operations["listStores"];
        put?: never;
        /** Create a store (admin) */
        post: operations["createStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a store */
        get: operations["getStore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (masked) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key (admin; a merchant may create customer keys for its store) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List orders, newest first */
        get: operations["listOrders"];
        put?: never;
        /** Import an order (amounts in minor units) */
        post: operations["importOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an order */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record fulfilment of an order item */
        patch: operations["updateOrderItem"];
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products, newest first; sku finds the product of one variant */
        get: operations["listProducts"];
        put?: never;
        /** Import a product with its variants (prices in minor units) */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a product with its variants */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product: its title, options, and variants upserted by SKU (price, stock) */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/v1/reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the store's reasons */
        get: operations["listReasons"];
        put?: never;
        /** Create a claim reason */
        post: operations["createReason"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reasons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a reason */
        get: operations["getReason"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a reason */
        patch: operations["updateReason"];
        trace?: never;
    };
    "/v1/reply-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store's reply templates, by kind and name */
        get: operations["listReplyTemplates"];
        put?: never;
        /** Create a reply template */
        post: operations["createReplyTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reply-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a reply template */
        delete: operations["deleteReplyTemplate"];
        options?: never;
        head?: never;
        /** Change a reply template */
        patch: operations["updateReplyTemplate"];
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List claims, newest or oldest first (keyset cursor) */
        get: operations["listClaims"];
        put?: never;
        /** File a claim (cancellation, return or incident) */
        post: operations["fileClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a claim with lines, messages, resolutions, refunds and shipment */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        /** Delete a claim (soft; its quantities are released) */
        delete: operations["deleteClaim"];
        options?: never;
        head?: never;
        /** Edit a claim (If-Match for optimistic concurrency) */
        patch: operations["editClaim"];
        trace?: never;
    };
    "/v1/claims/{id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give the claim to a console user of the store, or take it back (If-Match for optimistic concurrency) */
        put: operations["assignClaim"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claim's audit history */
        get: operations["listClaimEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a claim */
        post: operations["approveClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a claim (its requester, or the merchant) */
        post: operations["cancelClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a claim */
        post: operations["completeClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a claim */
        post: operations["closeClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a closed claim */
        post: operations["archiveClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a claim with a reason and images */
        post: operations["rejectClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a claim to any status the transition table allows */
        post: operations["transitionClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a message (or an internal note) */
        post: operations["addClaimMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add evidence */
        post: operations["addClaimAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a resolution; REFUND with paid_value books an issued refund */
        post: operations["addClaimResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/store-credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a gift card or discount code */
        post: operations["addClaimStoreCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request (or book as issued) a refund; never more than what is still refundable */
        post: operations["requestRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/return-shipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register the return parcel (carrier and tracking) */
        post: operations["registerReturnShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/grades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grade the returned lines on receipt: what was found of each (restock puts the units back in the catalogue) */
        post: operations["gradeClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/return-shipment/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the return as received */
        post: operations["markReturnReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List refunds (oldest first, offset paged) */
        get: operations["listRefunds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refunds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a refund */
        get: operations["getRefund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refunds/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a refund */
        post: operations["approveRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refunds/{id}/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Process a refund */
        post: operations["processRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refunds/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a refund */
        post: operations["issueRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refunds/{id}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deny a refund */
        post: operations["denyRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refunds/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a refund */
        post: operations["cancelRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/oauth-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List OAuth clients (secrets are never shown again) */
        get: operations["listOAuthClients"];
        put?: never;
        /** Create OAuth client credentials for a store (merchant of the store, or admin with store_id) */
        post: operations["createOAuthClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/oauth-clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an OAuth client and every token it was issued */
        delete: operations["revokeOAuthClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store's console users */
        get: operations["listUsers"];
        put?: never;
        /** Create a console user (the platform admin or the store's owner) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change, disable or re-enable a user (the store owner) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The web session this request came with */
        get: operations["getCurrentSession"];
        put?: never;
        post?: never;
        /** Sign out: end this web session and clear its cookie */
        delete: operations["deleteCurrentSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portal/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw from the contract (EU withdrawal function): cancels what has not shipped and returns what arrived in the last 14 days */
        post: operations["declareWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portal/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order with what each item may still claim (the engine's eligibility rules) and the store's active reasons */
        get: operations["getPortalOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an evidence photo (image/jpeg, image/png, image/webp, at most 8388608 bytes) */
        post: operations["createUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bytes of an uploaded photo */
        get: operations["getUpload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/claims-by-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many claims match the list filters, per status (for status tabs) */
        get: operations["countClaimsByStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims per day by kind and status, refund totals, median response and resolution times, top reasons and SKUs */
        get: operations["getOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the claim's order may still be refunded, and per item what this claim holds and what may still be claimed */
        get: operations["getClaimBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store's current policy */
        get: operations["getPolicy"];
        /** Replace the policy with a new version (If-Match for optimistic concurrency) */
        put: operations["replacePolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the policy, newest first */
        get: operations["listPolicyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the policy */
        get: operations["getPolicyVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a draft policy against a hypothetical claim or recent claims, changing nothing */
        post: operations["simulatePolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the store's webhook endpoints (secrets are never shown again) */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /** Add a webhook endpoint; its signing secret is in this response only */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint; what was still pending for it is cancelled */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /** Change a webhook endpoint, or switch it off and on */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries to an endpoint, newest first, each with its attempts */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a delivery with its attempts */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a finished delivery once more, now, with the same id and body */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a webhook.test message to the endpoint (once, no retries) */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The emails queued and sent about a claim, newest first (merchant staff) */
        get: operations["listClaimEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in console user's email notifications */
        get: operations["getMyNotifications"];
        /** Opt in or out of emails about claims assigned to the signed-in console user */
        put: operations["updateMyNotifications"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            errors?: {
                path: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        User: {
            id: string;
            store_id: number;
            email: string;
            name: string;
            role: string;
            disabled_at: string | null;
            created_at: string;
            updated_at: string;
        };
        Store: {
            id: number;
            uuid: string;
            code: string;
            name: string;
            currency: string;
            languages: string[];
            created_at: string;
            updated_at: string;
        };
        ApiKey: {
            id: string;
            store_id: number | null;
            role: string;
            customer_id: number | null;
            scopes: string[];
            name: string | null;
            key_prefix: string;
            expires_at: string | null;
            revoked_at: string | null;
            created_at: string;
            /** @description the console user a login token acts as; null for every other key */
            user_id: string | null;
            /** @description integration: created by a person or the admin; portal: the customer portal's key of one customer; console_user: a console user's backing key; login_token: an SDK login's token */
            purpose: "integration" | "portal" | "console_user" | "login_token";
        };
        OrderItem: {
            id: number;
            uuid: string;
            sku: string;
            name: string;
            quantity: number;
            unit_price: number;
            tax_rate: number | null;
            external_id: string | null;
            package_item: string | null;
            fulfillment_status: string;
            tracking_number: string | null;
            shipped_at: string | null;
            delivered_at: string | null;
        };
        Order: {
            id: number;
            uuid: string;
            store_id: number;
            number: string;
            external_id: string | null;
            currency: string;
            placed_at: string;
            customer: {
                id: number;
                uuid: string;
                email: string;
                first_name: string;
                last_name: string;
                phone: string | null;
                external_id: string | null;
            };
            items: components["schemas"]["OrderItem"][];
            items_amount: number;
            shipping_amount: number;
            total_amount: number;
            created_at: string;
            updated_at: string;
        };
        ProductVariant: {
            id: number;
            uuid: string;
            sku: string;
            options: {
                [key: string]: string;
            };
            /** @description minor units of the store's currency */
            price: number;
            available: number;
            /** @description held by open exchanges */
            reserved: number;
            /** @description available - reserved: what may still be promised */
            unreserved: number;
            created_at: string;
            updated_at: string;
        };
        Product: {
            id: number;
            uuid: string;
            external_id: string | null;
            title: string;
            options: string[];
            variants: components["schemas"]["ProductVariant"][];
            created_at: string;
            updated_at: string;
        };
        Reason: {
            id: number;
            uuid: string;
            kind: string;
            subject: string;
            translations: {
                [key: string]: string;
            };
            requires_description: boolean;
            requires_evidence: boolean;
            active: boolean;
            position: number;
            created_at: string;
            updated_at: string;
        };
        ReplyTemplate: {
            id: string;
            kind: string;
            name: string;
            body: string;
            created_at: string;
            updated_at: string;
        };
        Message: {
            id: string;
            sender_type: string;
            author_name: string;
            body: string;
            internal: boolean;
            attachments: string[];
            created_at: string;
        };
        Attachment: {
            id: string;
            url: string;
            kind: string;
            uploaded_by: string;
            created_at: string;
        };
        Resolution: {
            id: string;
            type: string;
            outcome: string;
            details: string | null;
            paid_value: number | null;
            paid_currency: string | null;
            include_shipping: boolean;
            shipping_amount: number | null;
            claim_status: string;
            refund_id: number | null;
            created_by: string;
            created_at: string;
        };
        Refund: {
            id: number;
            uuid: string;
            claim_id: number;
            order_id: number;
            amount: number;
            currency: string;
            status: string;
            method: string;
            reason: string | null;
            response_reason: string | null;
            requester: string;
            needs_return: boolean;
            created_at: string;
            updated_at: string;
            approved_at: string | null;
            processing_at: string | null;
            issued_at: string | null;
            denied_at: string | null;
            cancelled_at: string | null;
        };
        StoreCredit: {
            id: string;
            type: string;
            code: string;
            value: number;
            bonus: number;
            currency: string;
            email_status: string;
            created_at: string;
        };
        ReturnShipment: {
            carrier: string | null;
            tracking_number: string | null;
            tracking_url: string | null;
            easy_return_code: string | null;
            code_valid_from: string | null;
            code_valid_until: string | null;
            status: string;
            shipped_at: string | null;
            received_at: string | null;
        };
        Claim: {
            id: number;
            uuid: string;
            number: string;
            store_id: number;
            order: {
                id: number;
                uuid: string;
                number: string;
                external_id: string | null;
                currency: string;
                placed_at: string;
                total_amount: number;
            };
            customer: {
                id: number;
                email: string;
                first_name: string;
                last_name: string;
            };
            kind: string;
            type: string | null;
            status: string;
            decision: string | null;
            allowed_transitions: string[];
            reason: {
                id: number;
                uuid: string;
                subject: string;
                translations: {
                    [key: string]: string;
                };
            } | null;
            description: string | null;
            author: {
                name: string;
                email: string;
            };
            source: string;
            filed_by: string;
            refund_destination: {
                method: string;
                iban?: string;
                holder_name?: string;
            };
            resolution_requested: string | null;
            rejection: {
                reason: string | null;
                images: string[];
            } | null;
            attributes: {
                [key: string]: unknown;
            };
            policy_id: string | null;
            /** @description the version of the store's policy the claim was last judged by */
            policy_version: number | null;
            risk_flags: string[];
            queue: string | null;
            assignee: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            automatic_decision: {
                rule_id: string;
                action: string;
                policy_version: number;
                reason?: string;
                refund_amount?: number;
                decided_at: string;
            } | null;
            lines: {
                id: number;
                order_item_id: number;
                sku: string;
                name: string;
                quantity: number;
                unit_price: number;
                issue_type: string | null;
                details: string | null;
                disposition: string | null;
                disposition_note: string | null;
                graded_at: string | null;
            }[];
            messages: components["schemas"]["Message"][];
            attachments: components["schemas"]["Attachment"][];
            resolutions: components["schemas"]["Resolution"][];
            refunds: components["schemas"]["Refund"][];
            store_credits: components["schemas"]["StoreCredit"][];
            return_shipment: components["schemas"]["ReturnShipment"] | null;
            version: number;
            created_at: string;
            updated_at: string;
            deleted_at: string | null;
        };
        Event: {
            id: number;
            uuid: string;
            type: string;
            actor: {
                type: string;
                name: string;
                key_id?: number;
            };
            data: {
                [key: string]: unknown;
            };
            created_at: string;
        };
        OAuthClient: {
            id: string;
            client_id: string;
            store_id: number;
            name: string | null;
            scopes: string[];
            created_at: string;
            revoked_at: string | null;
        };
        ConsoleSession: {
            /** @enum {string} */
            kind: "console";
            csrf_token: string;
            expires_at: string;
            user: components["schemas"]["User"];
            store: components["schemas"]["Store"];
        };
        PortalSession: {
            /** @enum {string} */
            kind: "portal";
            csrf_token: string;
            expires_at: string;
            order_id: number;
            customer: {
                id: number;
                first_name: string;
                last_name: string;
                email: string;
            };
            store: {
                code: string;
                name: string;
                languages: string[];
            };
        };
        PolicyVersion: {
            store_id: number;
            version: number;
            policy: {
                /** @description IANA zone where day windows end at midnight; default UTC */
                time_zone?: string;
                windows?: {
                    /** @description besides the built-in rule that a shipped item cannot be cancelled */
                    cancellation?: {
                        hours_after_order: number;
                    };
                    return?: {
                        days_after_delivery: number;
                        /** @description the first that matches an item sets its window */
                        overrides?: {
                            reasons?: (number | string)[];
                            sku?: string[];
                            days_after_delivery: number;
                        }[];
                    };
                    incident?: {
                        days_after_expected_delivery: number;
                        /** @description days after the order when an undelivered order is expected; default 7 */
                        expected_delivery_days?: number;
                    };
                };
                requirements?: {
                    kinds?: ("cancellation" | "return" | "incident")[];
                    reasons?: (number | string)[];
                    description?: boolean;
                    min_photos?: number;
                    receipt?: boolean;
                }[];
                /** @description evaluated in order */
                rules?: {
                    id: string;
                    description?: string;
                    when?: {
                        kinds?: ("cancellation" | "return" | "incident")[];
                        reasons?: (number | string)[];
                        incident_types?: ("damaged" | "defective_item" | "missing_item" | "multiple" | "delivered_not_received" | "returned_to_sender" | "stolen" | "wrong_item" | "tracking_not_moving" | "wrong_address")[];
                        currencies?: string[];
                        /** @description both ends inclusive */
                        claimed_amount?: {
                            /** @description integer minor units of the order currency */
                            min?: number;
                            /** @description integer minor units of the order currency */
                            max?: number;
                        };
                        sku_all?: string[];
                        sku_any?: string[];
                        /** @description both ends inclusive */
                        order_age_days?: {
                            min?: number;
                            max?: number;
                        };
                        /** @description the customer's other claims and refunds created in the last within_days days */
                        customer?: {
                            within_days: number;
                            /** @description both ends inclusive */
                            claims?: {
                                min?: number;
                                max?: number;
                            };
                            /** @description both ends inclusive */
                            refunded_amount?: {
                                /** @description integer minor units of the order currency */
                                min?: number;
                                /** @description integer minor units of the order currency */
                                max?: number;
                            };
                        };
                    };
                    then: ({
                        /** @enum {string} */
                        type: "approve";
                    } | {
                        /** @enum {string} */
                        type: "approve_and_refund";
                    } | {
                        /** @enum {string} */
                        type: "reject";
                        reason: string;
                    } | {
                        /** @enum {string} */
                        type: "flag";
                        tag: string;
                    } | {
                        /** @enum {string} */
                        type: "assign";
                        queue: string;
                    })[];
                }[];
                deadlines?: {
                    waiting_on_customer?: {
                        close_after_days: number;
                        /** @description default 2; 0 sends no reminder */
                        remind_before_days?: number;
                        reminder_message?: string;
                    };
                    sla?: {
                        cancellation?: {
                            first_response_hours?: number;
                            resolution_hours?: number;
                        };
                        return?: {
                            first_response_hours?: number;
                            resolution_hours?: number;
                        };
                        incident?: {
                            first_response_hours?: number;
                            resolution_hours?: number;
                        };
                    };
                    /** @description close an approved return whose easy-return code expired unused */
                    expire_unshipped_returns?: boolean;
                    refund_processing_alert_hours?: number;
                };
                /** @description offer the portal's EU withdrawal function (default true); false for a store outside the EU's consumer law */
                eu_withdrawal?: boolean;
            };
            created_by: {
                type: string;
                name: string;
                key_id?: number;
            };
            created_at: string;
        };
        WebhookEndpoint: {
            id: string;
            store_id: number;
            url: string;
            description: string | null;
            event_types: string[];
            format: string;
            enabled: boolean;
            disabled_reason: string | null;
            failure_count: number;
            failing_since: string | null;
            created_at: string;
            updated_at: string;
        };
        WebhookDelivery: {
            id: string;
            endpoint_id: string;
            /** @description the webhook-id header and the body's id */
            message_id: string;
            event_type: string;
            status: string;
            attempt_count: number;
            attempts_max: number;
            next_attempt_at: string | null;
            last_status_code: number | null;
            last_error: string | null;
            delivered_at: string | null;
            created_at: string;
            attempts: {
                number: number;
                started_at: string;
                duration_ms: number;
                status_code: number | null;
                error: string | null;
                succeeded: boolean;
            }[];
        };
        EmailMessage: {
            id: string;
            recipient: string;
            recipient_kind: string;
            notice: string;
            language: string;
            subject: string;
            text_body: string;
            status: string;
            attempt_count: number;
            last_error: string | null;
            sent_at: string | null;
            created_at: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createConsoleSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    store_code: string;
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "console";
                        csrf_token: string;
                        expires_at: string;
                        user: components["schemas"]["User"];
                        store: components["schemas"]["Store"];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPortalSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    store_code: string;
                    order_number: string;
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "portal";
                        csrf_token: string;
                        expires_at: string;
                        order_id: number;
                        customer: {
                            id: number;
                            first_name: string;
                            last_name: string;
                            email: string;
                        };
                        store: {
                            code: string;
                            name: string;
                            languages: string[];
                        };
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStores: {
        parameters: {
            query?: {
                after_id?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Store"][];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStore: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme",
                 *       "code": "acme",
                 *       "currency": "EUR",
                 *       "languages": [
                 *         "en-us",
                 *         "tr-tr"
                 *       ]
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @description unique; OrderProtection's storeId */
                    code: string;
                    /** @description ISO 4217 code */
                    currency: string;
                    languages?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        code: string;
                        name: string;
                        currency: string;
                        languages: string[];
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        code: string;
                        name: string;
                        currency: string;
                        languages: string[];
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    store_id: number;
                    role: "merchant" | "customer";
                    customer_id?: number;
                    scopes?: ("read_claims" | "write_claims" | "manage_claims")[];
                    name?: string;
                    /** Format: date-time */
                    expires_at?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"] & {
                        /** @description the secret; shown only now */
                        key: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        store_id: number | null;
                        role: string;
                        customer_id: number | null;
                        scopes: string[];
                        name: string | null;
                        key_prefix: string;
                        expires_at: string | null;
                        revoked_at: string | null;
                        created_at: string;
                        /** @description the console user a login token acts as; null for every other key */
                        user_id: string | null;
                        /** @description integration: created by a person or the admin; portal: the customer portal's key of one customer; console_user: a console user's backing key; login_token: an SDK login's token */
                        purpose: "integration" | "portal" | "console_user" | "login_token";
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Order"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "number": "A-1001",
                 *       "currency": "EUR",
                 *       "placed_at": "2026-11-01T10:00:00Z",
                 *       "customer": {
                 *         "email": "jane@example.com",
                 *         "first_name": "Jane",
                 *         "last_name": "Doe"
                 *       },
                 *       "shipping_amount": 499,
                 *       "items": [
                 *         {
                 *           "sku": "TSHIRT-RD",
                 *           "name": "T-shirt, red",
                 *           "quantity": 2,
                 *           "unit_price": 1999,
                 *           "tax_rate": 20,
                 *           "fulfillment_status": "delivered"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description admin keys only */
                    store_id?: number;
                    number: string;
                    external_id?: string;
                    /** @description ISO 4217 code */
                    currency: string;
                    /** Format: date-time */
                    placed_at: string;
                    customer: {
                        /** Format: email */
                        email: string;
                        first_name: string;
                        last_name: string;
                        phone?: string;
                        external_id?: string;
                    };
                    /** @description integer minor units (1999 = 19.99) */
                    shipping_amount: number;
                    items: {
                        sku: string;
                        name: string;
                        quantity: number;
                        /** @description integer minor units (1999 = 19.99) */
                        unit_price: number;
                        tax_rate?: number;
                        external_id?: string;
                        package_item?: string;
                        fulfillment_status?: "unfulfilled" | "shipped" | "delivered";
                        tracking_number?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        store_id: number;
                        number: string;
                        external_id: string | null;
                        currency: string;
                        placed_at: string;
                        customer: {
                            id: number;
                            uuid: string;
                            email: string;
                            first_name: string;
                            last_name: string;
                            phone: string | null;
                            external_id: string | null;
                        };
                        items: components["schemas"]["OrderItem"][];
                        items_amount: number;
                        shipping_amount: number;
                        total_amount: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        store_id: number;
                        number: string;
                        external_id: string | null;
                        currency: string;
                        placed_at: string;
                        customer: {
                            id: number;
                            uuid: string;
                            email: string;
                            first_name: string;
                            last_name: string;
                            phone: string | null;
                            external_id: string | null;
                        };
                        items: components["schemas"]["OrderItem"][];
                        items_amount: number;
                        shipping_amount: number;
                        total_amount: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrderItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                item_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fulfillment_status?: "unfulfilled" | "shipped" | "delivered";
                    tracking_number?: string | null;
                    package_item?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        sku: string;
                        name: string;
                        quantity: number;
                        unit_price: number;
                        tax_rate: number | null;
                        external_id: string | null;
                        package_item: string | null;
                        fulfillment_status: string;
                        tracking_number: string | null;
                        shipped_at: string | null;
                        delivered_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sku?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_id": "gid://shop/Product/42",
                 *       "title": "Linen shirt",
                 *       "options": [
                 *         "size",
                 *         "colour"
                 *       ],
                 *       "variants": [
                 *         {
                 *           "sku": "SHIRT-M-BLUE",
                 *           "options": {
                 *             "size": "M",
                 *             "colour": "blue"
                 *           },
                 *           "price": 4990,
                 *           "available": 12
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description admin keys only */
                    store_id?: number;
                    external_id?: string;
                    title: string;
                    options?: string[];
                    variants: {
                        sku: string;
                        options?: {
                            [key: string]: string;
                        };
                        /** @description integer minor units (1999 = 19.99) */
                        price: number;
                        available: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        external_id: string | null;
                        title: string;
                        options: string[];
                        variants: components["schemas"]["ProductVariant"][];
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        external_id: string | null;
                        title: string;
                        options: string[];
                        variants: components["schemas"]["ProductVariant"][];
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    options?: string[];
                    /** @description upserted by SKU; variants not named stay as they are */
                    variants?: {
                        sku: string;
                        options?: {
                            [key: string]: string;
                        };
                        /** @description integer minor units (1999 = 19.99) */
                        price: number;
                        available: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        external_id: string | null;
                        title: string;
                        options: string[];
                        variants: components["schemas"]["ProductVariant"][];
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReasons: {
        parameters: {
            query?: {
                kind?: "cancellation" | "return" | "incident";
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Reason"][];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReason: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind: "cancellation" | "return" | "incident";
                    store_id?: number;
                    subject: string;
                    translations?: {
                        [key: string]: string;
                    };
                    requires_description?: boolean;
                    requires_evidence?: boolean;
                    active?: boolean;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        kind: string;
                        subject: string;
                        translations: {
                            [key: string]: string;
                        };
                        requires_description: boolean;
                        requires_evidence: boolean;
                        active: boolean;
                        position: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReason: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        kind: string;
                        subject: string;
                        translations: {
                            [key: string]: string;
                        };
                        requires_description: boolean;
                        requires_evidence: boolean;
                        active: boolean;
                        position: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateReason: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind?: "cancellation" | "return" | "incident";
                    subject?: string;
                    translations?: {
                        [key: string]: string;
                    };
                    requires_description?: boolean;
                    requires_evidence?: boolean;
                    active?: boolean;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        kind: string;
                        subject: string;
                        translations: {
                            [key: string]: string;
                        };
                        requires_description: boolean;
                        requires_evidence: boolean;
                        active: boolean;
                        position: number;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReplyTemplates: {
        parameters: {
            query?: {
                /** @description message: a message to the customer; rejection: the reason given when rejecting */
                kind?: "message" | "rejection";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReplyTemplate"][];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReplyTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "message",
                 *       "name": "Label sent",
                 *       "body": "Hello {{customer_first_name}}, your return label for {{claim_number}} is attached."
                 *     }
                 */
                "application/json": {
                    /**
                     * @description message: a message to the customer; rejection: the reason given when rejecting
                     * @enum {string}
                     */
                    kind: "message" | "rejection";
                    name: string;
                    /** @description placeholders: {{customer_first_name}}, {{customer_name}}, {{claim_number}}, {{order_number}}, {{store_name}} */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        name: string;
                        body: string;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteReplyTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateReplyTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description message: a message to the customer; rejection: the reason given when rejecting
                     * @enum {string}
                     */
                    kind?: "message" | "rejection";
                    name?: string;
                    /** @description placeholders: {{customer_first_name}}, {{customer_name}}, {{claim_number}}, {{order_number}}, {{store_name}} */
                    body?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        name: string;
                        body: string;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description comma list of statuses */
                status?: string;
                /** @description comma list */
                kind?: string;
                /** @description comma list of incident types */
                type?: string;
                reason_id?: string;
                order_number?: string;
                customer_email?: string;
                author_email?: string;
                sku?: string;
                source?: string;
                /** @description search in number, order number, author and description */
                q?: string;
                created_after?: string;
                created_before?: string;
                updated_after?: string;
                updated_before?: string;
                operator?: "AND" | "OR";
                include_deleted?: boolean;
                /** @description comma list: `me` (the signed-in console user), `none` (unassigned) or a user id */
                assignee?: string;
                /** @description comma list of review queues */
                queue?: string;
                /** @description comma list of risk flags: claims carrying any of them */
                flag?: string;
                /** @description newest first (the default), oldest first, or due first (by the policy's service levels: overdue first, claims with nothing due last); a cursor continues in the sort it was made with */
                sort?: "newest" | "oldest" | "due";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Claim"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    order_id: number;
                    /** @enum {string} */
                    kind: "cancellation" | "return" | "incident";
                    /** @enum {string} */
                    type?: "damaged" | "defective_item" | "missing_item" | "multiple" | "delivered_not_received" | "returned_to_sender" | "stolen" | "wrong_item" | "tracking_not_moving" | "wrong_address";
                    reason_id?: number;
                    description?: string;
                    author?: {
                        name?: string;
                        /** Format: email */
                        email?: string;
                    };
                    lines: {
                        order_item_id: number;
                        quantity?: number;
                        /** @enum {string} */
                        issue_type?: "damaged" | "defective_item" | "missing_item" | "multiple" | "delivered_not_received" | "returned_to_sender" | "stolen" | "wrong_item" | "tracking_not_moving" | "wrong_address";
                        details?: string;
                    }[];
                    refund_destination?: {
                        /** @enum {string} */
                        method: "original_payment" | "iban" | "loyalty_money" | "store_credit";
                        iban?: string;
                        holder_name?: string;
                    };
                    /** @enum {string} */
                    resolution_requested?: "RESHIP" | "REPLACEMENT" | "REFUND" | "FLAT_RATE" | "CUSTOM" | "EXCHANGE" | "CREDIT" | "STORE_CREDIT" | "RETURN" | "OTHER" | "EXPIRED30" | "NO_RESPONSE" | "PACKAGE_ARRIVED" | "CUSTOMER_RESPONDED" | "FOLLOW_UP" | "INSUFFICIENT_SHIPPER" | "RETURN_TO_SENDER" | "NOT_COVERED" | "ADRESS_TYPO" | "ADDRESS_TYPO" | "PHOTO_VERIFIED" | "THRESHOLD_REACHED" | "ALREADY_REFUNDED" | "ALREADY_REPLACED" | "POTENTIAL_FRAUD";
                    attributes?: {
                        [key: string]: unknown;
                    };
                    policy_id?: string;
                    evidence?: {
                        /** Format: uri */
                        url: string;
                        /** @enum {string} */
                        kind: "photo" | "signature" | "receipt" | "other";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    editClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag this API last returned for the thing written (`"<version>"`), or `*`; a stale one gets 412 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    reason_id?: number;
                    /** @enum {string} */
                    kind?: "cancellation" | "return" | "incident";
                    quantity?: number;
                    refund_destination?: {
                        /** @enum {string} */
                        method: "original_payment" | "iban" | "loyalty_money" | "store_credit";
                        iban?: string;
                        holder_name?: string;
                    };
                    attributes?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    status?: "new" | "open" | "communicating" | "waiting_on_customer" | "waiting_on_merchant" | "waiting_on_platform" | "confirmed" | "approved" | "in_return_transit" | "received" | "rejected" | "dismissed" | "temporarily_dismissed" | "completed" | "completed_by_merchant" | "closed" | "archived" | "cancelled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag this API last returned for the thing written (`"<version>"`), or `*`; a stale one gets 412 */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description a console user's id (uuid) of this store, or null to unassign */
                    user_id: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaimEvents: {
        parameters: {
            query?: {
                after_id?: number;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Event"][];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag this API last returned for the thing written (`"<version>"`), or `*`; a stale one gets 412 */
                "if-match"?: string;
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag this API last returned for the thing written (`"<version>"`), or `*`; a stale one gets 412 */
                "if-match"?: string;
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag this API last returned for the thing written (`"<version>"`), or `*`; a stale one gets 412 */
                "if-match"?: string;
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag this API last returned for the thing written (`"<version>"`), or `*`; a stale one gets 412 */
                "if-match"?: string;
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag this API last returned for the thing written (`"<version>"`), or `*`; a stale one gets 412 */
                "if-match"?: string;
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag this API last returned for the thing written (`"<version>"`), or `*`; a stale one gets 412 */
                "if-match"?: string;
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "The item was used",
                 *       "images": [
                 *         "https://img.example.com/inspection/1.jpg"
                 *       ]
                 *     }
                 */
                "application/json": {
                    reason: string;
                    images?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transitionClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description the ETag this API last returned for the thing written (`"<version>"`), or `*`; a stale one gets 412 */
                "if-match"?: string;
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "new" | "open" | "communicating" | "waiting_on_customer" | "waiting_on_merchant" | "waiting_on_platform" | "confirmed" | "approved" | "in_return_transit" | "received" | "rejected" | "dismissed" | "temporarily_dismissed" | "completed" | "completed_by_merchant" | "closed" | "archived" | "cancelled";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addClaimMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @enum {string} */
                    sender_type?: "customer" | "merchant" | "admin" | "automatic" | "system";
                    author_name?: string;
                    internal?: boolean;
                    attachments?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        sender_type: string;
                        author_name: string;
                        body: string;
                        internal: boolean;
                        attachments: string[];
                        created_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addClaimAttachments: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attachments: {
                        /** Format: uri */
                        url: string;
                        /** @enum {string} */
                        kind: "photo" | "signature" | "receipt" | "other";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Attachment"][];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addClaimResolution: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "REFUND",
                 *       "paid_value": 2498,
                 *       "paid_currency": "EUR",
                 *       "include_shipping": true,
                 *       "shipping_amount": 499
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    type: "RESHIP" | "REPLACEMENT" | "REFUND" | "FLAT_RATE" | "CUSTOM" | "EXCHANGE" | "CREDIT" | "STORE_CREDIT" | "RETURN" | "OTHER" | "EXPIRED30" | "NO_RESPONSE" | "PACKAGE_ARRIVED" | "CUSTOMER_RESPONDED" | "FOLLOW_UP" | "INSUFFICIENT_SHIPPER" | "RETURN_TO_SENDER" | "NOT_COVERED" | "ADRESS_TYPO" | "ADDRESS_TYPO" | "PHOTO_VERIFIED" | "THRESHOLD_REACHED" | "ALREADY_REFUNDED" | "ALREADY_REPLACED" | "POTENTIAL_FRAUD";
                    details?: string;
                    /** @description integer minor units (1999 = 19.99) */
                    paid_value?: number;
                    /** @description ISO 4217 code */
                    paid_currency?: string;
                    include_shipping?: boolean;
                    /** @description integer minor units (1999 = 19.99) */
                    shipping_amount?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        type: string;
                        outcome: string;
                        details: string | null;
                        paid_value: number | null;
                        paid_currency: string | null;
                        include_shipping: boolean;
                        shipping_amount: number | null;
                        claim_status: string;
                        refund_id: number | null;
                        created_by: string;
                        created_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addClaimStoreCredit: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "gift_card" | "discount_code";
                    code?: string;
                    value: number;
                    /** @description integer minor units (1999 = 19.99) */
                    bonus?: number;
                    /** @description ISO 4217 code */
                    currency?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        type: string;
                        code: string;
                        value: number;
                        bonus: number;
                        currency: string;
                        email_status: string;
                        created_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 1999,
                 *       "reason": "Returned in good condition"
                 *     }
                 */
                "application/json": {
                    /** @description minor units */
                    amount: number;
                    /** @description ISO 4217 code */
                    currency?: string;
                    /** @enum {string} */
                    method?: "original_payment" | "iban" | "loyalty_money" | "store_credit";
                    reason?: string;
                    needs_return?: boolean;
                    /** @enum {string} */
                    status?: "requested" | "issued";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        claim_id: number;
                        order_id: number;
                        amount: number;
                        currency: string;
                        status: string;
                        method: string;
                        reason: string | null;
                        response_reason: string | null;
                        requester: string;
                        needs_return: boolean;
                        created_at: string;
                        updated_at: string;
                        approved_at: string | null;
                        processing_at: string | null;
                        issued_at: string | null;
                        denied_at: string | null;
                        cancelled_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerReturnShipment: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "carrier": "yurtici",
                 *       "tracking_number": "YT123456789",
                 *       "tracking_url": "https://track.example.com/YT123456789"
                 *     }
                 */
                "application/json": {
                    carrier?: string;
                    tracking_number?: string;
                    /** Format: uri */
                    tracking_url?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    gradeClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "line_id": 1,
                 *           "disposition": "restock"
                 *         },
                 *         {
                 *           "line_id": 2,
                 *           "disposition": "damaged",
                 *           "note": "cracked handle"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    lines: {
                        line_id: number;
                        /** @enum {string} */
                        disposition: "restock" | "refurbish" | "dispose" | "missing" | "wrong_item" | "damaged";
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markReturnReceived: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        number: string;
                        store_id: number;
                        order: {
                            id: number;
                            uuid: string;
                            number: string;
                            external_id: string | null;
                            currency: string;
                            placed_at: string;
                            total_amount: number;
                        };
                        customer: {
                            id: number;
                            email: string;
                            first_name: string;
                            last_name: string;
                        };
                        kind: string;
                        type: string | null;
                        status: string;
                        decision: string | null;
                        allowed_transitions: string[];
                        reason: {
                            id: number;
                            uuid: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                        } | null;
                        description: string | null;
                        author: {
                            name: string;
                            email: string;
                        };
                        source: string;
                        filed_by: string;
                        refund_destination: {
                            method: string;
                            iban?: string;
                            holder_name?: string;
                        };
                        resolution_requested: string | null;
                        rejection: {
                            reason: string | null;
                            images: string[];
                        } | null;
                        attributes: {
                            [key: string]: unknown;
                        };
                        policy_id: string | null;
                        /** @description the version of the store's policy the claim was last judged by */
                        policy_version: number | null;
                        risk_flags: string[];
                        queue: string | null;
                        assignee: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        automatic_decision: {
                            rule_id: string;
                            action: string;
                            policy_version: number;
                            reason?: string;
                            refund_amount?: number;
                            decided_at: string;
                        } | null;
                        lines: {
                            id: number;
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            issue_type: string | null;
                            details: string | null;
                            disposition: string | null;
                            disposition_note: string | null;
                            graded_at: string | null;
                        }[];
                        messages: components["schemas"]["Message"][];
                        attachments: components["schemas"]["Attachment"][];
                        resolutions: components["schemas"]["Resolution"][];
                        refunds: components["schemas"]["Refund"][];
                        store_credits: components["schemas"]["StoreCredit"][];
                        return_shipment: components["schemas"]["ReturnShipment"] | null;
                        version: number;
                        created_at: string;
                        updated_at: string;
                        deleted_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRefunds: {
        parameters: {
            query?: {
                order_id?: number;
                status?: "requested" | "approved" | "processing" | "issued" | "denied" | "cancelled";
                offset?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Refund"][];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        claim_id: number;
                        order_id: number;
                        amount: number;
                        currency: string;
                        status: string;
                        method: string;
                        reason: string | null;
                        response_reason: string | null;
                        requester: string;
                        needs_return: boolean;
                        created_at: string;
                        updated_at: string;
                        approved_at: string | null;
                        processing_at: string | null;
                        issued_at: string | null;
                        denied_at: string | null;
                        cancelled_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    response_reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        claim_id: number;
                        order_id: number;
                        amount: number;
                        currency: string;
                        status: string;
                        method: string;
                        reason: string | null;
                        response_reason: string | null;
                        requester: string;
                        needs_return: boolean;
                        created_at: string;
                        updated_at: string;
                        approved_at: string | null;
                        processing_at: string | null;
                        issued_at: string | null;
                        denied_at: string | null;
                        cancelled_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    processRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    response_reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        claim_id: number;
                        order_id: number;
                        amount: number;
                        currency: string;
                        status: string;
                        method: string;
                        reason: string | null;
                        response_reason: string | null;
                        requester: string;
                        needs_return: boolean;
                        created_at: string;
                        updated_at: string;
                        approved_at: string | null;
                        processing_at: string | null;
                        issued_at: string | null;
                        denied_at: string | null;
                        cancelled_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    response_reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        claim_id: number;
                        order_id: number;
                        amount: number;
                        currency: string;
                        status: string;
                        method: string;
                        reason: string | null;
                        response_reason: string | null;
                        requester: string;
                        needs_return: boolean;
                        created_at: string;
                        updated_at: string;
                        approved_at: string | null;
                        processing_at: string | null;
                        issued_at: string | null;
                        denied_at: string | null;
                        cancelled_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    denyRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    response_reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        claim_id: number;
                        order_id: number;
                        amount: number;
                        currency: string;
                        status: string;
                        method: string;
                        reason: string | null;
                        response_reason: string | null;
                        requester: string;
                        needs_return: boolean;
                        created_at: string;
                        updated_at: string;
                        approved_at: string | null;
                        processing_at: string | null;
                        issued_at: string | null;
                        denied_at: string | null;
                        cancelled_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    response_reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        uuid: string;
                        claim_id: number;
                        order_id: number;
                        amount: number;
                        currency: string;
                        status: string;
                        method: string;
                        reason: string | null;
                        response_reason: string | null;
                        requester: string;
                        needs_return: boolean;
                        created_at: string;
                        updated_at: string;
                        approved_at: string | null;
                        processing_at: string | null;
                        issued_at: string | null;
                        denied_at: string | null;
                        cancelled_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOAuthClients: {
        parameters: {
            query?: {
                store_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OAuthClient"][];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOAuthClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description required for the admin key */
                    store_id?: number;
                    name?: string;
                    scopes: ("read_claims" | "write_claims" | "manage_claims")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthClient"] & {
                        /** @description the secret; shown only now */
                        client_secret: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeOAuthClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        client_id: string;
                        store_id: number;
                        name: string | null;
                        scopes: string[];
                        created_at: string;
                        revoked_at: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                store_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"][];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "agent@example.com",
                 *       "name": "Ada Agent",
                 *       "role": "agent",
                 *       "password": "correct horse battery"
                 *     }
                 */
                "application/json": {
                    /** @description admin keys only */
                    store_id?: number;
                    /** Format: email */
                    email: string;
                    name: string;
                    /** @enum {string} */
                    role: "owner" | "agent" | "viewer";
                    /** @description at least 10 characters; kept only as an argon2id hash */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        store_id: number;
                        email: string;
                        name: string;
                        role: string;
                        disabled_at: string | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    store_id?: number;
                    name?: string;
                    /** @enum {string} */
                    role?: "owner" | "agent" | "viewer";
                    /** @description at least 10 characters; kept only as an argon2id hash */
                    password?: string;
                    disabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        store_id: number;
                        email: string;
                        name: string;
                        role: string;
                        disabled_at: string | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleSession"] | components["schemas"]["PortalSession"];
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declareWithdrawal: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "order_id": 7,
                 *       "name": "Jane Doe"
                 *     }
                 */
                "application/json": {
                    order_id: number;
                    /** @description the consumer's name, as given in the statement */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        declared_at: string;
                        claims: {
                            id: number;
                            uuid: string;
                            number: string;
                            kind: string;
                        }[];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortalOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: number;
                            number: string;
                            currency: string;
                            placed_at: string;
                            items_amount: number;
                            shipping_amount: number;
                            total_amount: number;
                        };
                        store: {
                            code: string;
                            name: string;
                            languages: string[];
                        };
                        items: {
                            id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            fulfillment_status: string;
                            tracking_number: string | null;
                            claimable: {
                                cancellation: number;
                                return: number;
                                incident: number;
                            };
                            eligibility: {
                                cancellation: {
                                    /** @description how many may still be claimed */
                                    claimable: number;
                                    /** @description when the window ends (exclusive); null when no window applies yet */
                                    until: string | null;
                                    /** @description why nothing may be claimed */
                                    because: ("not_shipped" | "already_shipped" | "all_claimed" | "window_closed") | null;
                                };
                                return: {
                                    /** @description how many may still be claimed */
                                    claimable: number;
                                    /** @description when the window ends (exclusive); null when no window applies yet */
                                    until: string | null;
                                    /** @description why nothing may be claimed */
                                    because: ("not_shipped" | "already_shipped" | "all_claimed" | "window_closed") | null;
                                };
                                incident: {
                                    /** @description how many may still be claimed */
                                    claimable: number;
                                    /** @description when the window ends (exclusive); null when no window applies yet */
                                    until: string | null;
                                    /** @description why nothing may be claimed */
                                    because: ("not_shipped" | "already_shipped" | "all_claimed" | "window_closed") | null;
                                };
                            };
                        }[];
                        withdrawal: {
                            /** @description whether anything of the order may still be withdrawn from (the EU withdrawal function) */
                            open: boolean;
                            /** @description when the last delivered item's 14 days end (exclusive); null when only undelivered items remain */
                            until: string | null;
                        };
                        /** @description the store's service levels per kind: how many hours until its first answer and its decision */
                        service_levels: {
                            cancellation?: {
                                first_response_hours?: number;
                                resolution_hours?: number;
                            };
                            return?: {
                                first_response_hours?: number;
                                resolution_hours?: number;
                            };
                            incident?: {
                                first_response_hours?: number;
                                resolution_hours?: number;
                            };
                        };
                        reasons: {
                            id: number;
                            kind: string;
                            subject: string;
                            translations: {
                                [key: string]: string;
                            };
                            requires_description: boolean;
                            requires_evidence: boolean;
                        }[];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": unknown;
                "image/png": unknown;
                "image/webp": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        url: string;
                        content_type: string;
                        size: number;
                        sha256: string;
                        created_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo, in the type it was uploaded as */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countClaimsByStatus: {
        parameters: {
            query?: {
                /** @description not accepted here: the counts are per status */
                status?: string;
                /** @description comma list */
                kind?: string;
                /** @description comma list of incident types */
                type?: string;
                reason_id?: string;
                order_number?: string;
                customer_email?: string;
                author_email?: string;
                sku?: string;
                source?: string;
                /** @description search in number, order number, author and description */
                q?: string;
                created_after?: string;
                created_before?: string;
                updated_after?: string;
                updated_before?: string;
                operator?: "AND" | "OR";
                /** @description comma list: `me` (the signed-in console user), `none` (unassigned) or a user id */
                assignee?: string;
                /** @description comma list of review queues */
                queue?: string;
                /** @description comma list of risk flags: claims carrying any of them */
                flag?: string;
                /** @description newest first (the default), oldest first, or due first (by the policy's service levels: overdue first, claims with nothing due last); a cursor continues in the sort it was made with */
                sort?: "newest" | "oldest" | "due";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        counts: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOverview: {
        parameters: {
            query?: {
                /** @description default: 30 days before `to` */
                from?: string;
                /** @description default: now */
                to?: string;
                /** @description admin keys only */
                store_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        claims_per_day: {
                            day: string;
                            kind: string;
                            status: string;
                            count: number;
                        }[];
                        refund_totals: {
                            currency: string;
                            status: string;
                            amount: number;
                            count: number;
                        }[];
                        first_response: {
                            median_seconds: number | null;
                            claims: number;
                        };
                        resolution: {
                            median_seconds: number | null;
                            claims: number;
                        };
                        top_reasons: {
                            reason_id: number | null;
                            subject: string | null;
                            count: number;
                        }[];
                        top_skus: {
                            sku: string;
                            claims: number;
                            quantity: number;
                        }[];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimBalances: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claim_id: number;
                        version: number;
                        currency: string;
                        /** @description minor units the order may still be refunded */
                        refundable: number;
                        items: {
                            order_item_id: number;
                            sku: string;
                            name: string;
                            quantity: number;
                            unit_price: number;
                            fulfillment_status: string;
                            claimed_here: number;
                            claimable: number;
                        }[];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPolicy: {
        parameters: {
            query?: {
                /** @description required with an admin key */
                store_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        store_id: number;
                        version: number;
                        policy: {
                            /** @description IANA zone where day windows end at midnight; default UTC */
                            time_zone?: string;
                            windows?: {
                                /** @description besides the built-in rule that a shipped item cannot be cancelled */
                                cancellation?: {
                                    hours_after_order: number;
                                };
                                return?: {
                                    days_after_delivery: number;
                                    /** @description the first that matches an item sets its window */
                                    overrides?: {
                                        reasons?: (number | string)[];
                                        sku?: string[];
                                        days_after_delivery: number;
                                    }[];
                                };
                                incident?: {
                                    days_after_expected_delivery: number;
                                    /** @description days after the order when an undelivered order is expected; default 7 */
                                    expected_delivery_days?: number;
                                };
                            };
                            requirements?: {
                                kinds?: ("cancellation" | "return" | "incident")[];
                                reasons?: (number | string)[];
                                description?: boolean;
                                min_photos?: number;
                                receipt?: boolean;
                            }[];
                            /** @description evaluated in order */
                            rules?: {
                                id: string;
                                description?: string;
                                when?: {
                                    kinds?: ("cancellation" | "return" | "incident")[];
                                    reasons?: (number | string)[];
                                    incident_types?: ("damaged" | "defective_item" | "missing_item" | "multiple" | "delivered_not_received" | "returned_to_sender" | "stolen" | "wrong_item" | "tracking_not_moving" | "wrong_address")[];
                                    currencies?: string[];
                                    /** @description both ends inclusive */
                                    claimed_amount?: {
                                        /** @description integer minor units of the order currency */
                                        min?: number;
                                        /** @description integer minor units of the order currency */
                                        max?: number;
                                    };
                                    sku_all?: string[];
                                    sku_any?: string[];
                                    /** @description both ends inclusive */
                                    order_age_days?: {
                                        min?: number;
                                        max?: number;
                                    };
                                    /** @description the customer's other claims and refunds created in the last within_days days */
                                    customer?: {
                                        within_days: number;
                                        /** @description both ends inclusive */
                                        claims?: {
                                            min?: number;
                                            max?: number;
                                        };
                                        /** @description both ends inclusive */
                                        refunded_amount?: {
                                            /** @description integer minor units of the order currency */
                                            min?: number;
                                            /** @description integer minor units of the order currency */
                                            max?: number;
                                        };
                                    };
                                };
                                then: ({
                                    /** @enum {string} */
                                    type: "approve";
                                } | {
                                    /** @enum {string} */
                                    type: "approve_and_refund";
                                } | {
                                    /** @enum {string} */
                                    type: "reject";
                                    reason: string;
                                } | {
                                    /** @enum {string} */
                                    type: "flag";
                                    tag: string;
                                } | {
                                    /** @enum {string} */
                                    type: "assign";
                                    queue: string;
                                })[];
                            }[];
                            deadlines?: {
                                waiting_on_customer?: {
                                    close_after_days: number;
                                    /** @description default 2; 0 sends no reminder */
                                    remind_before_days?: number;
                                    reminder_message?: string;
                                };
                                sla?: {
                                    cancellation?: {
                                        first_response_hours?: number;
                                        resolution_hours?: number;
                                    };
                                    return?: {
                                        first_response_hours?: number;
                                        resolution_hours?: number;
                                    };
                                    incident?: {
                                        first_response_hours?: number;
                                        resolution_hours?: number;
                                    };
                                };
                                /** @description close an approved return whose easy-return code expired unused */
                                expire_unshipped_returns?: boolean;
                                refund_processing_alert_hours?: number;
                            };
                            /** @description offer the portal's EU withdrawal function (default true); false for a store outside the EU's consumer law */
                            eu_withdrawal?: boolean;
                        };
                        created_by: {
                            type: string;
                            name: string;
                            key_id?: number;
                        };
                        created_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replacePolicy: {
        parameters: {
            query?: {
                /** @description required with an admin key */
                store_id?: number;
            };
            header?: {
                /** @description the ETag this API last returned for the thing written (`"<version>"`), or `*`; a stale one gets 412 */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description IANA zone where day windows end at midnight; default UTC */
                    time_zone?: string;
                    windows?: {
                        /** @description besides the built-in rule that a shipped item cannot be cancelled */
                        cancellation?: {
                            hours_after_order: number;
                        };
                        return?: {
                            days_after_delivery: number;
                            /** @description the first that matches an item sets its window */
                            overrides?: {
                                reasons?: (number | string)[];
                                sku?: string[];
                                days_after_delivery: number;
                            }[];
                        };
                        incident?: {
                            days_after_expected_delivery: number;
                            /** @description days after the order when an undelivered order is expected; default 7 */
                            expected_delivery_days?: number;
                        };
                    };
                    requirements?: {
                        kinds?: ("cancellation" | "return" | "incident")[];
                        reasons?: (number | string)[];
                        description?: boolean;
                        min_photos?: number;
                        receipt?: boolean;
                    }[];
                    /** @description evaluated in order */
                    rules?: {
                        id: string;
                        description?: string;
                        when?: {
                            kinds?: ("cancellation" | "return" | "incident")[];
                            reasons?: (number | string)[];
                            incident_types?: ("damaged" | "defective_item" | "missing_item" | "multiple" | "delivered_not_received" | "returned_to_sender" | "stolen" | "wrong_item" | "tracking_not_moving" | "wrong_address")[];
                            currencies?: string[];
                            /** @description both ends inclusive */
                            claimed_amount?: {
                                /** @description integer minor units of the order currency */
                                min?: number;
                                /** @description integer minor units of the order currency */
                                max?: number;
                            };
                            sku_all?: string[];
                            sku_any?: string[];
                            /** @description both ends inclusive */
                            order_age_days?: {
                                min?: number;
                                max?: number;
                            };
                            /** @description the customer's other claims and refunds created in the last within_days days */
                            customer?: {
                                within_days: number;
                                /** @description both ends inclusive */
                                claims?: {
                                    min?: number;
                                    max?: number;
                                };
                                /** @description both ends inclusive */
                                refunded_amount?: {
                                    /** @description integer minor units of the order currency */
                                    min?: number;
                                    /** @description integer minor units of the order currency */
                                    max?: number;
                                };
                            };
                        };
                        then: ({
                            /** @enum {string} */
                            type: "approve";
                        } | {
                            /** @enum {string} */
                            type: "approve_and_refund";
                        } | {
                            /** @enum {string} */
                            type: "reject";
                            reason: string;
                        } | {
                            /** @enum {string} */
                            type: "flag";
                            tag: string;
                        } | {
                            /** @enum {string} */
                            type: "assign";
                            queue: string;
                        })[];
                    }[];
                    deadlines?: {
                        waiting_on_customer?: {
                            close_after_days: number;
                            /** @description default 2; 0 sends no reminder */
                            remind_before_days?: number;
                            reminder_message?: string;
                        };
                        sla?: {
                            cancellation?: {
                                first_response_hours?: number;
                                resolution_hours?: number;
                            };
                            return?: {
                                first_response_hours?: number;
                                resolution_hours?: number;
                            };
                            incident?: {
                                first_response_hours?: number;
                                resolution_hours?: number;
                            };
                        };
                        /** @description close an approved return whose easy-return code expired unused */
                        expire_unshipped_returns?: boolean;
                        refund_processing_alert_hours?: number;
                    };
                    /** @description offer the portal's EU withdrawal function (default true); false for a store outside the EU's consumer law */
                    eu_withdrawal?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        store_id: number;
                        version: number;
                        policy: {
                            /** @description IANA zone where day windows end at midnight; default UTC */
                            time_zone?: string;
                            windows?: {
                                /** @description besides the built-in rule that a shipped item cannot be cancelled */
                                cancellation?: {
                                    hours_after_order: number;
                                };
                                return?: {
                                    days_after_delivery: number;
                                    /** @description the first that matches an item sets its window */
                                    overrides?: {
                                        reasons?: (number | string)[];
                                        sku?: string[];
                                        days_after_delivery: number;
                                    }[];
                                };
                                incident?: {
                                    days_after_expected_delivery: number;
                                    /** @description days after the order when an undelivered order is expected; default 7 */
                                    expected_delivery_days?: number;
                                };
                            };
                            requirements?: {
                                kinds?: ("cancellation" | "return" | "incident")[];
                                reasons?: (number | string)[];
                                description?: boolean;
                                min_photos?: number;
                                receipt?: boolean;
                            }[];
                            /** @description evaluated in order */
                            rules?: {
                                id: string;
                                description?: string;
                                when?: {
                                    kinds?: ("cancellation" | "return" | "incident")[];
                                    reasons?: (number | string)[];
                                    incident_types?: ("damaged" | "defective_item" | "missing_item" | "multiple" | "delivered_not_received" | "returned_to_sender" | "stolen" | "wrong_item" | "tracking_not_moving" | "wrong_address")[];
                                    currencies?: string[];
                                    /** @description both ends inclusive */
                                    claimed_amount?: {
                                        /** @description integer minor units of the order currency */
                                        min?: number;
                                        /** @description integer minor units of the order currency */
                                        max?: number;
                                    };
                                    sku_all?: string[];
                                    sku_any?: string[];
                                    /** @description both ends inclusive */
                                    order_age_days?: {
                                        min?: number;
                                        max?: number;
                                    };
                                    /** @description the customer's other claims and refunds created in the last within_days days */
                                    customer?: {
                                        within_days: number;
                                        /** @description both ends inclusive */
                                        claims?: {
                                            min?: number;
                                            max?: number;
                                        };
                                        /** @description both ends inclusive */
                                        refunded_amount?: {
                                            /** @description integer minor units of the order currency */
                                            min?: number;
                                            /** @description integer minor units of the order currency */
                                            max?: number;
                                        };
                                    };
                                };
                                then: ({
                                    /** @enum {string} */
                                    type: "approve";
                                } | {
                                    /** @enum {string} */
                                    type: "approve_and_refund";
                                } | {
                                    /** @enum {string} */
                                    type: "reject";
                                    reason: string;
                                } | {
                                    /** @enum {string} */
                                    type: "flag";
                                    tag: string;
                                } | {
                                    /** @enum {string} */
                                    type: "assign";
                                    queue: string;
                                })[];
                            }[];
                            deadlines?: {
                                waiting_on_customer?: {
                                    close_after_days: number;
                                    /** @description default 2; 0 sends no reminder */
                                    remind_before_days?: number;
                                    reminder_message?: string;
                                };
                                sla?: {
                                    cancellation?: {
                                        first_response_hours?: number;
                                        resolution_hours?: number;
                                    };
                                    return?: {
                                        first_response_hours?: number;
                                        resolution_hours?: number;
                                    };
                                    incident?: {
                                        first_response_hours?: number;
                                        resolution_hours?: number;
                                    };
                                };
                                /** @description close an approved return whose easy-return code expired unused */
                                expire_unshipped_returns?: boolean;
                                refund_processing_alert_hours?: number;
                            };
                            /** @description offer the portal's EU withdrawal function (default true); false for a store outside the EU's consumer law */
                            eu_withdrawal?: boolean;
                        };
                        created_by: {
                            type: string;
                            name: string;
                            key_id?: number;
                        };
                        created_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolicyVersions: {
        parameters: {
            query: {
                store_id?: number;
                /** @description versions below this one */
                before?: number;
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PolicyVersion"][];
                        next_before: number | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPolicyVersion: {
        parameters: {
            query?: {
                /** @description required with an admin key */
                store_id?: number;
            };
            header?: never;
            path: {
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        store_id: number;
                        version: number;
                        policy: {
                            /** @description IANA zone where day windows end at midnight; default UTC */
                            time_zone?: string;
                            windows?: {
                                /** @description besides the built-in rule that a shipped item cannot be cancelled */
                                cancellation?: {
                                    hours_after_order: number;
                                };
                                return?: {
                                    days_after_delivery: number;
                                    /** @description the first that matches an item sets its window */
                                    overrides?: {
                                        reasons?: (number | string)[];
                                        sku?: string[];
                                        days_after_delivery: number;
                                    }[];
                                };
                                incident?: {
                                    days_after_expected_delivery: number;
                                    /** @description days after the order when an undelivered order is expected; default 7 */
                                    expected_delivery_days?: number;
                                };
                            };
                            requirements?: {
                                kinds?: ("cancellation" | "return" | "incident")[];
                                reasons?: (number | string)[];
                                description?: boolean;
                                min_photos?: number;
                                receipt?: boolean;
                            }[];
                            /** @description evaluated in order */
                            rules?: {
                                id: string;
                                description?: string;
                                when?: {
                                    kinds?: ("cancellation" | "return" | "incident")[];
                                    reasons?: (number | string)[];
                                    incident_types?: ("damaged" | "defective_item" | "missing_item" | "multiple" | "delivered_not_received" | "returned_to_sender" | "stolen" | "wrong_item" | "tracking_not_moving" | "wrong_address")[];
                                    currencies?: string[];
                                    /** @description both ends inclusive */
                                    claimed_amount?: {
                                        /** @description integer minor units of the order currency */
                                        min?: number;
                                        /** @description integer minor units of the order currency */
                                        max?: number;
                                    };
                                    sku_all?: string[];
                                    sku_any?: string[];
                                    /** @description both ends inclusive */
                                    order_age_days?: {
                                        min?: number;
                                        max?: number;
                                    };
                                    /** @description the customer's other claims and refunds created in the last within_days days */
                                    customer?: {
                                        within_days: number;
                                        /** @description both ends inclusive */
                                        claims?: {
                                            min?: number;
                                            max?: number;
                                        };
                                        /** @description both ends inclusive */
                                        refunded_amount?: {
                                            /** @description integer minor units of the order currency */
                                            min?: number;
                                            /** @description integer minor units of the order currency */
                                            max?: number;
                                        };
                                    };
                                };
                                then: ({
                                    /** @enum {string} */
                                    type: "approve";
                                } | {
                                    /** @enum {string} */
                                    type: "approve_and_refund";
                                } | {
                                    /** @enum {string} */
                                    type: "reject";
                                    reason: string;
                                } | {
                                    /** @enum {string} */
                                    type: "flag";
                                    tag: string;
                                } | {
                                    /** @enum {string} */
                                    type: "assign";
                                    queue: string;
                                })[];
                            }[];
                            deadlines?: {
                                waiting_on_customer?: {
                                    close_after_days: number;
                                    /** @description default 2; 0 sends no reminder */
                                    remind_before_days?: number;
                                    reminder_message?: string;
                                };
                                sla?: {
                                    cancellation?: {
                                        first_response_hours?: number;
                                        resolution_hours?: number;
                                    };
                                    return?: {
                                        first_response_hours?: number;
                                        resolution_hours?: number;
                                    };
                                    incident?: {
                                        first_response_hours?: number;
                                        resolution_hours?: number;
                                    };
                                };
                                /** @description close an approved return whose easy-return code expired unused */
                                expire_unshipped_returns?: boolean;
                                refund_processing_alert_hours?: number;
                            };
                            /** @description offer the portal's EU withdrawal function (default true); false for a store outside the EU's consumer law */
                            eu_withdrawal?: boolean;
                        };
                        created_by: {
                            type: string;
                            name: string;
                            key_id?: number;
                        };
                        created_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    simulatePolicy: {
        parameters: {
            query?: {
                /** @description required with an admin key */
                store_id?: number;
            };
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    policy: {
                        /** @description IANA zone where day windows end at midnight; default UTC */
                        time_zone?: string;
                        windows?: {
                            /** @description besides the built-in rule that a shipped item cannot be cancelled */
                            cancellation?: {
                                hours_after_order: number;
                            };
                            return?: {
                                days_after_delivery: number;
                                /** @description the first that matches an item sets its window */
                                overrides?: {
                                    reasons?: (number | string)[];
                                    sku?: string[];
                                    days_after_delivery: number;
                                }[];
                            };
                            incident?: {
                                days_after_expected_delivery: number;
                                /** @description days after the order when an undelivered order is expected; default 7 */
                                expected_delivery_days?: number;
                            };
                        };
                        requirements?: {
                            kinds?: ("cancellation" | "return" | "incident")[];
                            reasons?: (number | string)[];
                            description?: boolean;
                            min_photos?: number;
                            receipt?: boolean;
                        }[];
                        /** @description evaluated in order */
                        rules?: {
                            id: string;
                            description?: string;
                            when?: {
                                kinds?: ("cancellation" | "return" | "incident")[];
                                reasons?: (number | string)[];
                                incident_types?: ("damaged" | "defective_item" | "missing_item" | "multiple" | "delivered_not_received" | "returned_to_sender" | "stolen" | "wrong_item" | "tracking_not_moving" | "wrong_address")[];
                                currencies?: string[];
                                /** @description both ends inclusive */
                                claimed_amount?: {
                                    /** @description integer minor units of the order currency */
                                    min?: number;
                                    /** @description integer minor units of the order currency */
                                    max?: number;
                                };
                                sku_all?: string[];
                                sku_any?: string[];
                                /** @description both ends inclusive */
                                order_age_days?: {
                                    min?: number;
                                    max?: number;
                                };
                                /** @description the customer's other claims and refunds created in the last within_days days */
                                customer?: {
                                    within_days: number;
                                    /** @description both ends inclusive */
                                    claims?: {
                                        min?: number;
                                        max?: number;
                                    };
                                    /** @description both ends inclusive */
                                    refunded_amount?: {
                                        /** @description integer minor units of the order currency */
                                        min?: number;
                                        /** @description integer minor units of the order currency */
                                        max?: number;
                                    };
                                };
                            };
                            then: ({
                                /** @enum {string} */
                                type: "approve";
                            } | {
                                /** @enum {string} */
                                type: "approve_and_refund";
                            } | {
                                /** @enum {string} */
                                type: "reject";
                                reason: string;
                            } | {
                                /** @enum {string} */
                                type: "flag";
                                tag: string;
                            } | {
                                /** @enum {string} */
                                type: "assign";
                                queue: string;
                            })[];
                        }[];
                        deadlines?: {
                            waiting_on_customer?: {
                                close_after_days: number;
                                /** @description default 2; 0 sends no reminder */
                                remind_before_days?: number;
                                reminder_message?: string;
                            };
                            sla?: {
                                cancellation?: {
                                    first_response_hours?: number;
                                    resolution_hours?: number;
                                };
                                return?: {
                                    first_response_hours?: number;
                                    resolution_hours?: number;
                                };
                                incident?: {
                                    first_response_hours?: number;
                                    resolution_hours?: number;
                                };
                            };
                            /** @description close an approved return whose easy-return code expired unused */
                            expire_unshipped_returns?: boolean;
                            refund_processing_alert_hours?: number;
                        };
                        /** @description offer the portal's EU withdrawal function (default true); false for a store outside the EU's consumer law */
                        eu_withdrawal?: boolean;
                    };
                    claim?: {
                        /** @enum {string} */
                        kind: "cancellation" | "return" | "incident";
                        reason_id?: number | string;
                        /** @enum {string} */
                        type?: "damaged" | "defective_item" | "missing_item" | "multiple" | "delivered_not_received" | "returned_to_sender" | "stolen" | "wrong_item" | "tracking_not_moving" | "wrong_address";
                        description?: string;
                        photos?: number;
                        receipts?: number;
                        /** @description ISO 4217 code */
                        currency: string;
                        /** Format: date-time */
                        order_placed_at: string;
                        /** Format: date-time */
                        filed_at?: string;
                        items: {
                            sku: string;
                            quantity: number;
                            /** @description integer minor units (1999 = 19.99) */
                            unit_price: number;
                            /** @enum {string} */
                            fulfillment_status?: "unfulfilled" | "shipped" | "delivered";
                            /** Format: date-time */
                            shipped_at?: string;
                            /** Format: date-time */
                            delivered_at?: string;
                        }[];
                        /** @description the customer's history in every window the rules name */
                        customer?: {
                            claims?: number;
                            /** @description integer minor units (1999 = 19.99) */
                            refunded_amount?: number;
                        };
                    };
                    /** @description replay the store's claims filed in the last N days */
                    since_days?: number;
                    /** @default 100 */
                    limit?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        verdict?: {
                            /** @enum {string} */
                            outcome: "refused" | "decided" | "undecided";
                            refusal?: {
                                code: string;
                                message: string;
                            } & {
                                [key: string]: unknown;
                            };
                            decision?: {
                                rule_id: string;
                                action: string;
                                reason?: string;
                                refund_amount?: number;
                            };
                            flags: {
                                tag: string;
                                rule_id: string;
                            }[];
                            queue?: {
                                queue: string;
                                rule_id: string;
                            };
                            matched_rules: string[];
                        };
                        claims?: {
                            claim: {
                                id: number;
                                uuid: string;
                                number: string;
                                kind: string;
                                status: string;
                                decision: string | null;
                                policy_version: number | null;
                                created_at: string;
                            };
                            verdict: {
                                /** @enum {string} */
                                outcome: "refused" | "decided" | "undecided";
                                refusal?: {
                                    code: string;
                                    message: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                decision?: {
                                    rule_id: string;
                                    action: string;
                                    reason?: string;
                                    refund_amount?: number;
                                };
                                flags: {
                                    tag: string;
                                    rule_id: string;
                                }[];
                                queue?: {
                                    queue: string;
                                    rule_id: string;
                                };
                                matched_rules: string[];
                            };
                        }[];
                        summary?: {
                            claims: number;
                            refused: number;
                            decided: number;
                            undecided: number;
                        };
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description required for the admin key */
                store_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"][];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description required for the admin key */
                    store_id?: number;
                    /**
                     * Format: uri
                     * @description http(s); private and loopback addresses are refused
                     */
                    url: string;
                    description?: string;
                    /** @description "*" for every event the format carries */
                    event_types?: ("*" | "claim.created" | "claim.updated" | "claim.deleted" | "claim.status_changed" | "claim.approved" | "claim.rejected" | "claim.completed" | "claim.cancelled" | "claim.closed" | "message.created" | "attachment.created" | "resolution.created" | "store_credit.created" | "refund.created" | "refund.approved" | "refund.processing" | "refund.issued" | "refund.denied" | "refund.cancelled" | "return_shipment.updated" | "claim.flagged" | "claim.assigned" | "claim.graded" | "sla.breached" | "refund.processing_overdue" | "webhook_endpoint.disabled")[];
                    /**
                     * @description native (Standard Webhooks) or orderprotection ({id, topic, created_at, body})
                     * @enum {string}
                     */
                    format?: "native" | "orderprotection";
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"] & {
                        /** @description the signing secret (whsec_…); shown only now */
                        secret: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: {
                /** @description required for the admin key */
                store_id?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        store_id: number;
                        url: string;
                        description: string | null;
                        event_types: string[];
                        format: string;
                        enabled: boolean;
                        disabled_reason: string | null;
                        failure_count: number;
                        failing_since: string | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: {
                /** @description required for the admin key */
                store_id?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        store_id: number;
                        url: string;
                        description: string | null;
                        event_types: string[];
                        format: string;
                        enabled: boolean;
                        disabled_reason: string | null;
                        failure_count: number;
                        failing_since: string | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: {
                /** @description required for the admin key */
                store_id?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uri
                     * @description http(s); private and loopback addresses are refused
                     */
                    url?: string;
                    description?: string | null;
                    /** @description "*" for every event the format carries */
                    event_types?: ("*" | "claim.created" | "claim.updated" | "claim.deleted" | "claim.status_changed" | "claim.approved" | "claim.rejected" | "claim.completed" | "claim.cancelled" | "claim.closed" | "message.created" | "attachment.created" | "resolution.created" | "store_credit.created" | "refund.created" | "refund.approved" | "refund.processing" | "refund.issued" | "refund.denied" | "refund.cancelled" | "return_shipment.updated" | "claim.flagged" | "claim.assigned" | "claim.graded" | "sla.breached" | "refund.processing_overdue" | "webhook_endpoint.disabled")[];
                    /**
                     * @description native (Standard Webhooks) or orderprotection ({id, topic, created_at, body})
                     * @enum {string}
                     */
                    format?: "native" | "orderprotection";
                    /** @description true also forgets the run of failures that switched it off */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        store_id: number;
                        url: string;
                        description: string | null;
                        event_types: string[];
                        format: string;
                        enabled: boolean;
                        disabled_reason: string | null;
                        failure_count: number;
                        failing_since: string | null;
                        created_at: string;
                        updated_at: string;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query: {
                store_id?: number;
                limit: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookDelivery"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: {
                /** @description required for the admin key */
                store_id?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        endpoint_id: string;
                        /** @description the webhook-id header and the body's id */
                        message_id: string;
                        event_type: string;
                        status: string;
                        attempt_count: number;
                        attempts_max: number;
                        next_attempt_at: string | null;
                        last_status_code: number | null;
                        last_error: string | null;
                        delivered_at: string | null;
                        created_at: string;
                        attempts: {
                            number: number;
                            started_at: string;
                            duration_ms: number;
                            status_code: number | null;
                            error: string | null;
                            succeeded: boolean;
                        }[];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: {
                /** @description required for the admin key */
                store_id?: number;
            };
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        endpoint_id: string;
                        /** @description the webhook-id header and the body's id */
                        message_id: string;
                        event_type: string;
                        status: string;
                        attempt_count: number;
                        attempts_max: number;
                        next_attempt_at: string | null;
                        last_status_code: number | null;
                        last_error: string | null;
                        delivered_at: string | null;
                        created_at: string;
                        attempts: {
                            number: number;
                            started_at: string;
                            duration_ms: number;
                            status_code: number | null;
                            error: string | null;
                            succeeded: boolean;
                        }[];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: {
                /** @description required for the admin key */
                store_id?: number;
            };
            header?: {
                /** @description a key of your choosing: a retry with the same key and body gets the stored answer, the same key with another body a 422 */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        endpoint_id: string;
                        /** @description the webhook-id header and the body's id */
                        message_id: string;
                        event_type: string;
                        status: string;
                        attempt_count: number;
                        attempts_max: number;
                        next_attempt_at: string | null;
                        last_status_code: number | null;
                        last_error: string | null;
                        delivered_at: string | null;
                        created_at: string;
                        attempts: {
                            number: number;
                            started_at: string;
                            duration_ms: number;
                            status_code: number | null;
                            error: string | null;
                            succeeded: boolean;
                        }[];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaimEmails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EmailMessage"][];
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notify_assigned: boolean;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notify_assigned: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notify_assigned: boolean;
                    };
                };
            };
            /** @description A problem (RFC 9457) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A problem (RFC 9457) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
