using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Users;

/// <summary>
/// Staff invite a co-op rep or a mentor (an admin may also invite staff): the login is created without a
/// password and an email carries a one-time link with which its owner chooses one. A rep represents exactly one
/// co-op: a member co-op (<see cref="CooperativeId"/>) or a developing co-op in the mentoring pipeline
/// (<see cref="DevelopingCoopId"/>), whose reps the new login joins.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record InviteUser(string Email, string FullName, string Role, int? CooperativeId, int? DevelopingCoopId = null) : ICommand<int>;

public sealed class InviteUserValidator : AbstractValidator<InviteUser>
{
    public InviteUserValidator(IIdentityService identity, IAppDbContext db)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the email address to send the invitation to.")
            .EmailAddress().WithMessage("Enter an email address like maria@example.coop.").MaximumLength(200)
            .MustAsync(async (email, ct) => !await identity.EmailExistsAsync(email, ct))
            .WithMessage("Someone already has a login with this email address.");
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Enter the person's name.").MaximumLength(200);
        RuleFor(x => x.Role).Must(r => Roles.Invitable.Contains(r))
            .WithMessage($"Choose one of: {string.Join(", ", Roles.Invitable)}.");
        // Separate rules: a second When() in one chain would also guard NotNull, and a rep could be invited without a co-op.
        RuleFor(x => x.CooperativeId).NotNull().When(x => x.Role == Roles.CoopRep && x.DevelopingCoopId is null)
            .WithMessage("Choose the co-op this rep belongs to.");
        RuleFor(x => x.DevelopingCoopId).Null().When(x => x.Role == Roles.CoopRep && x.CooperativeId is not null)
            .WithMessage("A rep represents one co-op: choose a member co-op or a developing co-op, not both.");
        RuleFor(x => x.CooperativeId)
            .MustAsync(async (id, ct) => await db.Cooperatives.AnyAsync(c => c.Id == id, ct))
            .When(x => x.Role == Roles.CoopRep && x.CooperativeId is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("That co-op does not exist.");
        RuleFor(x => x.DevelopingCoopId).Cascade(CascadeMode.Stop)
            .MustAsync(async (id, ct) => await db.DevelopingCoops.AnyAsync(c => c.Id == id, ct))
            .WithMessage("That developing co-op does not exist.")
            .MustAsync(async (id, ct) => await db.DevelopingCoops.AnyAsync(c => c.Id == id && c.GraduatedCooperativeId == null, ct))
            .WithMessage("That developing co-op has graduated into a membership application: invite its rep for the member co-op instead.")
            .When(x => x.Role == Roles.CoopRep && x.CooperativeId is null && x.DevelopingCoopId is not null);
        RuleFor(x => x.CooperativeId).Null().When(x => x.Role != Roles.CoopRep)
            .WithMessage("Only a co-op rep belongs to a co-op.");
        RuleFor(x => x.DevelopingCoopId).Null().When(x => x.Role != Roles.CoopRep)
            .WithMessage("Only a co-op rep belongs to a developing co-op.");
    }
}

public sealed class InviteUserHandler(IIdentityService identity, IAppDbContext db, ICurrentUser user, TimeProvider clock,
    IOptions<AppOptions> options, IStringLocalizer<InvitationTexts> text) : IRequestHandler<InviteUser, int>
{
    public async Task<int> Handle(InviteUser request, CancellationToken cancellationToken)
    {
        if (request.Role == Roles.Staff && !user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenAccessException("Only an admin can invite staff.");
        }

        var (userId, token) = await identity.InviteAsync(request.Email.Trim(), request.FullName.Trim(), request.Role,
            request.CooperativeId, cancellationToken);
        string? group = null;
        if (request.Role == Roles.CoopRep && request.DevelopingCoopId is { } developingCoopId)
        {
            // The login and its place among the group's reps are saved in the same transaction.
            var developing = await db.DevelopingCoops.FirstAsync(c => c.Id == developingCoopId, cancellationToken);
            developing.AddRep(userId);
            group = developing.Name;
        }

        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/Account/AcceptInvitation" +
                   $"?email={Uri.EscapeDataString(request.Email.Trim())}&token={Uri.EscapeDataString(token)}";
        // A member co-op's rep reads the invitation in the co-op's language; everyone else in English.
        var language = request.Role == Roles.CoopRep && request.CooperativeId is { } coopId
            ? await db.Cooperatives.Where(c => c.Id == coopId).Select(c => c.PreferredLanguage).FirstOrDefaultAsync(cancellationToken)
            : null;
        using (AppCulture.Use(language ?? Languages.English))
        {
            var what = request.Role switch
            {
                Roles.CoopRep when group is not null => text["the page of {0} in the alliance back office, where you can follow your stage, milestones and mentor", group],
                Roles.CoopRep => text["your co-op's page in the alliance back office"],
                Roles.Mentor => text["the alliance's mentoring pages"],
                _ => text["the alliance back office"],
            };
            db.OutboxMessages.Add(new OutboxMessage(request.Email.Trim(), text["You are invited to the {0}", options.Value.AllianceName],
                string.Join("\n\n",
                    text["Dear {0},", request.FullName.Trim()],
                    text["{0} invited you to {1}. Choose your password here (the link works for 7 days):", user.Name, what.Value],
                    link,
                    text["In solidarity,"] + "\n" + text["The alliance staff"]),
                clock.GetUtcNow()));
        }
        return userId;
    }
}
