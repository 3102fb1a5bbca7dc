using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ImportRef",
                table: "Cooperatives",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileNames = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    LastLine = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CoopsCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    CoopsUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    CoopsUnchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    PeopleUnchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cooperatives_ImportRef",
                table: "Cooperatives",
                column: "ImportRef",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_FileHash",
                table: "ImportRuns",
                column: "FileHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportRuns");

            migrationBuilder.DropIndex(
                name: "IX_Cooperatives_ImportRef",
                table: "Cooperatives");

            migrationBuilder.DropColumn(
                name: "ImportRef",
                table: "Cooperatives");
        }
    }
}
