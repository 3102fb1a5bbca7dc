using System.Globalization;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Benefits;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Elections;

/// <summary>A worker's dependent as the rep sees it: no birth date, only whether one is on file.</summary>
public sealed record DependentDto(int Id, string Name, DependentRelationship Relationship, bool HasBirthDate, DateOnly? RemovedOn);

/// <summary>
/// A worker's benefits record as the rep and staff see it: the taxpayer id masked ("•••• 6789"), the birth date only as
/// "on file"; plain values never leave the application.
/// </summary>
public sealed record BenefitMemberDto(int Id, int? PersonId, string MemberNumber, string FirstName, string LastName, string? Email, WorkerKind Kind,
    decimal HoursPerWeek, DateOnly? HiredOn, string? State, string? Gender, bool HasBirthDate, string? MaskedTaxpayerId, DateOnly? LeftRosterOn,
    int Version, IReadOnlyList<DependentDto> Dependents);

/// <summary>A roster person without a benefits record yet.</summary>
public sealed record RosterPersonDto(int PersonId, string FullName, string? Email);

public sealed record CoopBenefitMembers(int CoopId, IReadOnlyList<BenefitMemberDto> Members, IReadOnlyList<RosterPersonDto> WithoutRecord);

/// <summary>A co-op's workers as benefits knows them, and the roster people who have no benefits record yet.</summary>
[AnySignedInUser]
public sealed record ListBenefitMembers(int CoopId) : IRequest<CoopBenefitMembers>;

public sealed class ListBenefitMembersHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<ListBenefitMembers, CoopBenefitMembers>
{
    public async Task<CoopBenefitMembers> Handle(ListBenefitMembers request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        var members = await db.BenefitMembers.AsNoTracking().Include(m => m.Dependents).Where(m => m.CooperativeId == coop.Id)
            .OrderBy(m => m.LastName).ThenBy(m => m.FirstName).ToListAsync(cancellationToken);
        var withRecord = members.Where(m => m.PersonId != null).Select(m => m.PersonId!.Value).ToHashSet();
        var people = await db.People.AsNoTracking().Where(p => p.CooperativeId == coop.Id).OrderBy(p => p.FullName)
            .Select(p => new RosterPersonDto(p.Id, p.FullName, p.Email)).ToListAsync(cancellationToken);
        return new CoopBenefitMembers(coop.Id, members.Select(BenefitMemberMapping.ToDto).ToList(),
            people.Where(p => !withRecord.Contains(p.PersonId)).ToList());
    }
}

public static class BenefitMemberMapping
{
    public static BenefitMemberDto ToDto(BenefitMember m) =>
        new(m.Id, m.PersonId, m.MemberNumber, m.FirstName, m.LastName, m.Email, m.Kind, m.HoursPerWeek, m.HiredOn, m.State,
            m.Gender?.ToString(), m.BirthDateSealed is not null, m.MaskedTaxpayerId, m.LeftRosterOn, m.Version,
            m.Dependents.OrderBy(d => d.Relationship).ThenBy(d => d.FirstName)
                .Select(d => new DependentDto(d.Id, d.FullName, d.Relationship, d.BirthDateSealed is not null, d.RemovedOn)).ToList());

    /// <summary>The member of a co-op the caller may see, with its dependents; 404 otherwise (a rep never learns of another co-op's).</summary>
    public static async Task<BenefitMember> GetMemberAsync(IAppDbContext db, CoopAccess access, int coopId, int memberId, CancellationToken ct)
    {
        access.EnsureCanSee(coopId);
        return await db.BenefitMembers.Include(m => m.Dependents).FirstOrDefaultAsync(m => m.Id == memberId && m.CooperativeId == coopId, ct)
               ?? throw new NotFoundException("Benefit member", memberId);
    }

    /// <summary>"F", "M", "U" or nothing.</summary>
    public static char? ParseGender(string? gender) => string.IsNullOrWhiteSpace(gender) ? null : char.ToUpperInvariant(gender.Trim()[0]);

    /// <summary>Digits and letters only: "123-45-6789" → "123456789".</summary>
    public static string CleanTaxpayerId(string id) => new(id.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static bool IsGender(string? gender) => string.IsNullOrWhiteSpace(gender) || gender.Trim() is "F" or "M" or "U" or "f" or "m" or "u";

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Creates or updates the benefits record of a person on a co-op's roster (rep of that co-op or staff). The birth date
/// and taxpayer id are sealed before they reach the database; left empty on an update, the ones on file are kept.
/// Returns the member's id.
/// </summary>
[AnySignedInUser]
public sealed record SaveBenefitMember(int CoopId, int PersonId, int? Version, string? FirstName, string? LastName, WorkerKind Kind,
    decimal HoursPerWeek, DateOnly? HiredOn, string? State, string? Gender, DateOnly? BirthDate, string? TaxpayerId) : ICommand<int>
{
    /// <summary>Never the birth date or the id, should the request ever be logged.</summary>
    public override string ToString() => $"{nameof(SaveBenefitMember)} {{ CoopId = {CoopId}, PersonId = {PersonId} }}";
}

public sealed class SaveBenefitMemberValidator : AbstractValidator<SaveBenefitMember>
{
    public SaveBenefitMemberValidator(AllianceClock clock)
    {
        RuleFor(x => x.PersonId).GreaterThan(0).WithMessage("Choose a person on the roster.");
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.HoursPerWeek).InclusiveBetween(0, 100).WithMessage("Hours a week are between 0 and 100.");
        RuleFor(x => x.FirstName).MaximumLength(100);
        RuleFor(x => x.LastName).MaximumLength(100);
        RuleFor(x => x.State).Matches("^[A-Za-z]{2}$").When(x => !string.IsNullOrWhiteSpace(x.State))
            .WithMessage("Give the two-letter state, e.g. MA.");
        RuleFor(x => x.Gender).Must(BenefitMemberMapping.IsGender).WithMessage("Gender for the carrier is F, M or U (unknown).");
        RuleFor(x => x.HiredOn).LessThanOrEqualTo(_ => clock.Today.AddYears(1)).WithMessage("The hire date is too far ahead.");
        RuleFor(x => x.BirthDate).Must(d => d is null || (d.Value.Year >= 1900 && d.Value <= clock.Today))
            .WithMessage("Give a birth date in the past.");
        RuleFor(x => x.TaxpayerId).Must(id => id is null || BenefitMemberMapping.CleanTaxpayerId(id).Length is >= 4 and <= 20)
            .When(x => !string.IsNullOrWhiteSpace(x.TaxpayerId)).WithMessage("Give the taxpayer or member id (4 to 20 letters and digits).");
    }
}

public sealed class SaveBenefitMemberHandler(IAppDbContext db, CoopAccess access, ISensitiveData sensitive) : IRequestHandler<SaveBenefitMember, int>
{
    public async Task<int> Handle(SaveBenefitMember request, CancellationToken cancellationToken)
    {
        access.EnsureCanSee(request.CoopId);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PersonId && p.CooperativeId == request.CoopId, cancellationToken)
                     ?? throw new NotFoundException("Person", request.PersonId);
        var member = await db.BenefitMembers.FirstOrDefaultAsync(m => m.PersonId == person.Id && m.CooperativeId == request.CoopId, cancellationToken);
        var (first, last) = SplitName(person.FullName);
        first = string.IsNullOrWhiteSpace(request.FirstName) ? first : request.FirstName;
        last = string.IsNullOrWhiteSpace(request.LastName) ? last : request.LastName;
        if (member is null)
        {
            member = new BenefitMember(request.CoopId, person.Id, first, last, person.Email);
            db.BenefitMembers.Add(member);
        }
        else
        {
            if (request.Version is { } version)
            {
                db.ExpectVersion(member, version);
            }

            member.Rename(first, last, person.Email);
        }

        member.SetWork(request.Kind, request.HoursPerWeek, request.HiredOn, request.State, BenefitMemberMapping.ParseGender(request.Gender));
        var birth = request.BirthDate is { } date ? sensitive.SealDate(date) : member.BirthDateSealed;
        var (id, last4) = string.IsNullOrWhiteSpace(request.TaxpayerId)
            ? (member.TaxpayerIdSealed, member.TaxpayerIdLast4)
            : Seal(BenefitMemberMapping.CleanTaxpayerId(request.TaxpayerId));
        if (birth != member.BirthDateSealed || id != member.TaxpayerIdSealed)
        {
            member.SetSensitive(birth, id, last4);
        }

        await db.SaveChangesAsync(cancellationToken);
        return member.Id;
    }

    private (string, string) Seal(string id) => (sensitive.Seal(id), id[^4..]);

    /// <summary>The roster keeps one name; benefits need first and last (the last word is the last name).</summary>
    public static (string First, string Last) SplitName(string fullName)
    {
        var parts = fullName.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => ("", ""),
            1 => (parts[0], parts[0]),
            _ => (string.Join(' ', parts[..^1]), parts[^1]),
        };
    }
}

/// <summary>Adds a spouse, domestic partner or child to a worker's record (rep of the co-op or staff); the birth date is sealed.</summary>
[AnySignedInUser]
public sealed record AddDependent(int CoopId, int MemberId, string FirstName, string LastName, DependentRelationship Relationship,
    DateOnly? BirthDate, string? Gender) : ICommand<int>
{
    /// <summary>Never the birth date, should the request ever be logged.</summary>
    public override string ToString() => $"{nameof(AddDependent)} {{ CoopId = {CoopId}, MemberId = {MemberId} }}";
}

public sealed class AddDependentValidator : AbstractValidator<AddDependent>
{
    public AddDependentValidator(AllianceClock clock)
    {
        RuleFor(x => x.FirstName).NotEmpty().WithMessage("Give the dependent's first name.").MaximumLength(100);
        RuleFor(x => x.LastName).NotEmpty().WithMessage("Give the dependent's last name.").MaximumLength(100);
        RuleFor(x => x.Relationship).IsInEnum().WithMessage("Choose spouse, domestic partner or child.");
        RuleFor(x => x.BirthDate).NotNull().WithMessage("Give the dependent's birth date.")
            .Must(d => d is null || (d.Value.Year >= 1900 && d.Value <= clock.Today)).WithMessage("Give a birth date in the past.");
        RuleFor(x => x.Gender).Must(BenefitMemberMapping.IsGender).WithMessage("Gender for the carrier is F, M or U (unknown).");
    }
}

public sealed class AddDependentHandler(IAppDbContext db, CoopAccess access, ISensitiveData sensitive) : IRequestHandler<AddDependent, int>
{
    public async Task<int> Handle(AddDependent request, CancellationToken cancellationToken)
    {
        var member = await BenefitMemberMapping.GetMemberAsync(db, access, request.CoopId, request.MemberId, cancellationToken);
        var dependent = member.AddDependent(request.FirstName, request.LastName, request.Relationship,
            request.BirthDate is { } d ? sensitive.SealDate(d) : null, BenefitMemberMapping.ParseGender(request.Gender));
        await db.SaveChangesAsync(cancellationToken);
        return dependent.Id;
    }
}
