using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Users;

[Authorize(Roles.Staff)]
public sealed record ListUsers(string? Search) : IRequest<IReadOnlyList<UserSummary>>;

public sealed class ListUsersHandler(IIdentityService identity) : IRequestHandler<ListUsers, IReadOnlyList<UserSummary>>
{
    public Task<IReadOnlyList<UserSummary>> Handle(ListUsers request, CancellationToken cancellationToken) =>
        identity.ListAsync(request.Search, cancellationToken);
}
