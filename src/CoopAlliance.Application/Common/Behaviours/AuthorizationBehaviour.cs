using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Common.Behaviours;

/// <summary>
/// Deny by default: every request type declares who may send it — <see cref="PublicRequestAttribute"/> (anyone),
/// <see cref="AnySignedInUserAttribute"/> (any signed-in caller; the handler narrows by resource) or
/// <see cref="AuthorizeAttribute"/> (one of the roles of each attribute). A request that declares nothing is a
/// programming error and is refused, whoever sends it (the system included).
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly RequestAccess Access = RequestAccess.Of(typeof(TRequest));

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!Access.IsDeclared)
        {
            throw new UndeclaredAuthorizationException(typeof(TRequest));
        }

        if (!Access.IsPublic)
        {
            if (!user.IsAuthenticated)
            {
                throw new UnauthorizedAccessException("Sign in first.");
            }

            // Each [Authorize] attribute must be satisfied by one of its roles.
            if (Access.RoleSets.Any(set => !set.Any(user.IsInRole)))
            {
                throw new ForbiddenAccessException();
            }
        }

        return next();
    }
}

/// <summary>A request type that does not say who may send it: a bug to fix in the code, never a caller's fault.</summary>
public sealed class UndeclaredAuthorizationException(Type requestType) : InvalidOperationException(
    $"{requestType.FullName} does not declare who may send it. Add [Authorize(Roles...)], [AnySignedInUser] or [PublicRequest] " +
    "to the request type (deny by default).")
{
    public Type RequestType { get; } = requestType;
}
