using CoopAlliance.Application.Common.Security;
using Microsoft.AspNetCore.Authorization;
using HttpAuthorize = Microsoft.AspNetCore.Authorization.AuthorizeAttribute;

namespace CoopAlliance.Web.Endpoints;

/// <summary>
/// Who may call an API endpoint, taken from the request type it sends (the same declaration the authorization
/// behaviour enforces), so the HTTP layer answers 401/403 before binding or running anything and the OpenAPI
/// document says the same. <see cref="RequestType"/> is null for the one endpoint that sends no request (sign-in).
/// </summary>
public sealed record EndpointAccess(Type? RequestType, RequestAccess Access);

public static class EndpointAccessExtensions
{
    /// <summary>
    /// Marks the endpoint as sending <typeparamref name="TRequest"/> and gives it that request's authorization as
    /// standard endpoint metadata: <see cref="AllowAnonymousAttribute"/> for a public request, one ASP.NET Core
    /// <see cref="HttpAuthorize"/> per role set (any role of a set; every set), or the default policy (signed in).
    /// </summary>
    public static RouteHandlerBuilder Sends<TRequest>(this RouteHandlerBuilder endpoint) =>
        endpoint.WithAccess(typeof(TRequest), RequestAccess.Of(typeof(TRequest)));

    /// <summary>An endpoint that sends no request and is open to anyone (sign-in itself).</summary>
    public static RouteHandlerBuilder OpenToAnyone(this RouteHandlerBuilder endpoint) =>
        endpoint.WithAccess(null, new RequestAccess(IsPublic: true, AnySignedInUser: false, RoleSets: []));

    private static RouteHandlerBuilder WithAccess(this RouteHandlerBuilder endpoint, Type? requestType, RequestAccess access)
    {
        if (!access.IsDeclared)
        {
            throw new InvalidOperationException($"{requestType?.FullName} does not declare who may send it, so no endpoint can send it.");
        }

        endpoint.WithMetadata(new EndpointAccess(requestType, access));
        if (access.IsPublic)
        {
            return endpoint.AllowAnonymous();
        }

        if (access.RoleSets.Count == 0)
        {
            return endpoint.RequireAuthorization();
        }

        foreach (var set in access.RoleSets)
        {
            endpoint.RequireAuthorization(new HttpAuthorize { Roles = string.Join(",", set) });
        }

        return endpoint;
    }
}
