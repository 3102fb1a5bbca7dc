using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Texts;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Users;

/// <summary>One page of the logins list, by name; the search matches a name, an email or a rep's co-op.</summary>
[Authorize(Roles.Staff)]
public sealed record ListUsersPage(string? Search, int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<UserSummary>>;

public sealed class ListUsersPageValidator : AbstractValidator<ListUsersPage>
{
    public ListUsersPageValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page starts at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Messages.Format("Page size must be between 1 and {0}.", Paging.MaxPageSize));
        RuleFor(x => x.Search).MaximumLength(200);
    }
}

public sealed class ListUsersPageHandler(IIdentityService identity) : IRequestHandler<ListUsersPage, PagedList<UserSummary>>
{
    public async Task<PagedList<UserSummary>> Handle(ListUsersPage request, CancellationToken cancellationToken)
    {
        // An alliance has hundreds of logins, not millions: filtering and paging the ordered list here keeps the
        // co-op name searchable without another query shape in the identity store.
        IEnumerable<UserSummary> users = await identity.ListAsync(null, cancellationToken);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var s = request.Search.Trim();
            users = users.Where(u => u.FullName.Contains(s, StringComparison.OrdinalIgnoreCase)
                                     || u.Email.Contains(s, StringComparison.OrdinalIgnoreCase)
                                     || (u.CooperativeName?.Contains(s, StringComparison.OrdinalIgnoreCase) ?? false));
        }

        var matching = users.ToList();
        var items = matching.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        return new PagedList<UserSummary>(items, matching.Count, request.Page, request.PageSize);
    }
}
