using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Users;

/// <summary>
/// Disable (or re-enable) a login. Staff may disable reps and mentors; only an admin may disable staff.
/// Nobody disables their own login.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record SetUserDisabled(int UserId, bool Disabled) : ICommand;

public sealed class SetUserDisabledHandler(IIdentityService identity, ICurrentUser user) : IRequestHandler<SetUserDisabled, Unit>
{
    public async Task<Unit> Handle(SetUserDisabled request, CancellationToken cancellationToken)
    {
        var target = await identity.FindAsync(request.UserId, cancellationToken) ?? throw new NotFoundException("User", request.UserId);
        if (target.Id == user.Id)
        {
            throw new ValidationException(nameof(request.UserId), "You cannot disable your own login.");
        }

        if ((target.Roles.Contains(Roles.Staff) || target.Roles.Contains(Roles.Admin)) && !user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenAccessException("Only an admin can disable a staff login.");
        }

        await identity.SetDisabledAsync(request.UserId, request.Disabled, cancellationToken);
        return Unit.Value;
    }
}
