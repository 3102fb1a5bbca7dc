using System.Reflection;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Common.Behaviours;

/// <summary>
/// Every request needs a signed-in caller unless marked <see cref="PublicRequestAttribute"/>; roles
/// declared with <see cref="AuthorizeAttribute"/> must be held (any one of them).
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsPublic = typeof(TRequest).GetCustomAttribute<PublicRequestAttribute>() is not null;
    private static readonly string[][] RoleSets = typeof(TRequest).GetCustomAttributes<AuthorizeAttribute>()
        .Select(a => a.Roles.ToArray()).ToArray();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsPublic)
        {
            if (!user.IsAuthenticated)
            {
                throw new UnauthorizedAccessException("Sign in first.");
            }

            // Each [Authorize] attribute must be satisfied by one of its roles.
            if (RoleSets.Any(set => set.Length > 0 && !set.Any(user.IsInRole)))
            {
                throw new ForbiddenAccessException();
            }
        }

        return next();
    }
}
