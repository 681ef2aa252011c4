package org.regia.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

    Optional<Programme> findByCode(String code);

    boolean existsByCode(String code);

    /**
     * Full-text search in French and Dutch (generated tsvector columns with GIN indexes; see V3__catalogue.sql), plus
     * English on the fly. Best matches first.
     */
    @Query(value = """
            select p.id from programme p,
                   websearch_to_tsquery('french', :q) qf, websearch_to_tsquery('dutch', :q) qn,
                   websearch_to_tsquery('english', :q) qe
            where p.search_fr @@ qf or p.search_nl @@ qn
               or to_tsvector('english', coalesce(p.name_en, '') || ' ' || coalesce(p.description_en, '')) @@ qe
            order by greatest(ts_rank(p.search_fr, qf), ts_rank(p.search_nl, qn)) desc, p.code
            """, nativeQuery = true)
    List<UUID> fullTextSearch(@Param("q") String q);
}

interface CallRepository extends JpaRepository<Call, UUID> {

    @Query("select c from Call c order by c.createdAt desc")
    List<Call> findAllNewestFirst();

    @Query("select c from Call c where c.programme.id = :programmeId order by c.createdAt desc")
    List<Call> findByProgramme(@Param("programmeId") UUID programmeId);

    @Query("select c from Call c where c.state in :states order by c.closesAt nulls last, c.createdAt desc")
    List<Call> findByStates(@Param("states") List<CallState> states);
}
